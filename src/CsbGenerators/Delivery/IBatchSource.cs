namespace CsbGenerators.Delivery
{
    /// <summary>Where the send loop gets its batches and what it does with them once the endpoint decided.</summary>
    internal interface IBatchSource
    {
        /// <summary>Takes the next batch, or returns <see langword="null"/> when nothing waits.</summary>
        DeliveryBatch? TakeNext();

        /// <summary>Settles, keeps or quarantines each message of <paramref name="batch"/> according to <paramref name="outcome"/>.</summary>
        void Complete(DeliveryBatch batch, BatchOutcome outcome);
    }
}
