namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>Builds the envelope of each event, as an application that serializes plain objects would for every send.</summary>
public static class EnvelopeMapping
{
    public static SegmentEnvelope<IdentifyTraits> ToEnvelope(UserIdentified e, CsbMessageHeader header) => new()
    {
        Type = "identify",
        UserId = e.UserId,
        MessageId = header.MessageId,
        Timestamp = header.Timestamp.UtcDateTime,
        Context = BaselineSettings.LibraryContext,
        Traits = new IdentifyTraits { AccountId = e.AccountId, UserId = e.UserId },
    };

    public static SegmentEnvelope<OrderProperties> ToEnvelope(OrderReceived e, CsbMessageHeader header) => new()
    {
        Type = "track",
        Event = "Order Received",
        UserId = e.UserId,
        MessageId = header.MessageId,
        Timestamp = header.Timestamp.UtcDateTime,
        Context = BaselineSettings.LibraryContext,
        Properties = new OrderProperties { AccountId = e.AccountId, UserId = e.UserId, Cost = e.Cost, ProductId = "Shop", ModuleId = "Orders" },
    };

    /// <summary>A group without a user carries the account id as <c>anonymousId</c>, as the generated serializer writes it.</summary>
    public static SegmentEnvelope<AccountTraits> ToEnvelope(AccountUpdated e, CsbMessageHeader header) => new()
    {
        Type = "group",
        AnonymousId = e.AccountId,
        GroupId = e.AccountId,
        MessageId = header.MessageId,
        Timestamp = header.Timestamp.UtcDateTime,
        Context = BaselineSettings.LibraryContext,
        Traits = new AccountTraits { AccountId = e.AccountId, Name = e.Name },
    };

    public static SegmentEnvelope<PageProperties> ToEnvelope(OrdersPageViewed e, CsbMessageHeader header) => new()
    {
        Type = "page",
        Name = "orders",
        UserId = e.UserId,
        MessageId = header.MessageId,
        Timestamp = header.Timestamp.UtcDateTime,
        Context = BaselineSettings.LibraryContext,
        Properties = new PageProperties { AccountId = e.AccountId, UserId = e.UserId, Title = e.Title },
    };

    public static SegmentEnvelope<CheckoutProperties> ToEnvelope(CheckoutCompleted e, CsbMessageHeader header) => new()
    {
        Type = "track",
        Event = "Checkout Completed",
        UserId = e.UserId,
        MessageId = header.MessageId,
        Timestamp = header.Timestamp.UtcDateTime,
        Context = BaselineSettings.LibraryContext,
        Properties = new CheckoutProperties
        {
            AccountId = e.AccountId,
            UserId = e.UserId,
            OrderId = e.OrderId,
            Plan = e.Plan,
            Seats = e.Seats,
            StorageBytes = e.StorageBytes,
            LoginCount = e.LoginCount,
            LifetimeEvents = e.LifetimeEvents,
            Region = e.Region,
            Priority = e.Priority,
            Score = e.Score,
            Revenue = e.Revenue,
            Price = e.Price,
            IsTrial = e.IsTrial,
            PlacedAt = e.PlacedAt.ToUniversalTime(),
            RenewsAt = e.RenewsAt.UtcDateTime,
            Coupon = e.Coupon,
            Referrer = e.Referrer,
            Discount = e.Discount,
            CancelledAt = e.CancelledAt?.ToUniversalTime(),
            ProductId = "Shop",
            ModuleId = "Checkout",
        },
    };
}
