using CsbGenerators;

namespace Reports;

[CsbTrack("Report Exported", Product = "Reports", Module = "Export")]
public partial class ReportExported
{
    public required string AccountId { get; init; }

    public int Pages { get; init; }
}
