namespace CsbGenerators.Tests.Events;

/// <summary>A track event that carries its send number in <c>user_id</c>, which both routes transmit, so tests can count losses and duplicates.</summary>
[CsbTrack("Numbered Event", Product = "Tests", Module = "Delivery")]
public partial class NumberedEvent
{
    public string AccountId { get; set; } = "account-1";

    public string UserId { get; set; } = "user-0";

    public static NumberedEvent For(long number) => new() { UserId = "user-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
