using System.Collections.Generic;

namespace CsbGenerators.Tests.Events.Generic;

// An event nested in a generic class, in a file-scoped namespace, with a nested type of that class.

public partial class Container<T>
{
    public class Widget
    {
        public string? Title { get; set; }

        public List<Pair<string, double>>? Points { get; set; }
    }

    [CsbPage("dashboard")]
    public partial class Viewed
    {
        public string AccountId { get; set; } = "";

        public string UserId { get; set; } = "";

        public Widget? Widget { get; set; }

        public Dictionary<string, Widget>? Widgets { get; set; }

        public Pair<Tier, Money?>? Setting { get; set; }
    }
}
