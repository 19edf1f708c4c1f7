using CsbGenerators;

namespace Legacy.Reports
{
    [CsbTrack("Report Exported", Product = "Reports", Module = "Export")]
    public partial class ReportExported
    {
        public string AccountId { get; set; }

        public string UserId { get; set; }

        public int Pages { get; set; }

        public ReportFormat? Format { get; set; }
    }

    public enum ReportFormat
    {
        Pdf,
        SpreadSheet,
    }

    public static class ReportEvents
    {
        // Compiles only once the generator has implemented ICsbEvent on ReportExported.
        public static ICsbEvent Exported(string accountId, string userId, int pages)
        {
            return new ReportExported { AccountId = accountId, UserId = userId, Pages = pages, Format = ReportFormat.SpreadSheet };
        }
    }
}
