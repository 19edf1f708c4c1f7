using System;
using System.Buffers;
using System.Text;
using CsbGenerators;
using Shop.Accounts;

// Writes one message of the library's event types and one of the app's own, each on its own line.
var header = new CsbMessageHeader(new Guid("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
Print(new SignedUp { AccountId = "12345678", UserId = "john.doe@company.com", Plan = "Team" }, header);
Print(new AccountRenamed("12345678", "ABC Group"), header);
Print(new OrderReceived { AccountId = "12345678", UserId = "john.doe@company.com", Cost = "$120.00" }, header);

static void Print<TEvent>(TEvent csbEvent, CsbMessageHeader header)
    where TEvent : ICsbEvent
{
    var buffer = new ArrayBufferWriter<byte>();
    CsbSerializer.WriteSegmentMessage(csbEvent, buffer, header);
    Console.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
}

[CsbTrack("Order Received", Product = "Shop", Module = "Orders")]
public partial class OrderReceived
{
    public required string AccountId { get; init; }

    public required string UserId { get; init; }

    public string? Cost { get; init; }
}
