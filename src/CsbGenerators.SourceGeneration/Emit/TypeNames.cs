namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>The fully qualified names that generated code refers to.</summary>
    internal static class TypeNames
    {
        public const string ICsbEvent = "global::CsbGenerators.ICsbEvent";
        public const string CsbEventInfo = "global::CsbGenerators.CsbEventInfo";
        public const string CsbEventKind = "global::CsbGenerators.CsbEventKind";
        public const string CsbMessageHeader = "global::CsbGenerators.CsbMessageHeader";
        public const string CsbJson = "global::CsbGenerators.Serialization.CsbJson";
        public const string CsbJsonNames = "global::CsbGenerators.Serialization.CsbJsonNames";
        public const string CsbErrors = "global::CsbGenerators.Serialization.CsbErrors";
        public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
        public const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";
        public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
        public const string DebuggerNonUserCode = "global::System.Diagnostics.DebuggerNonUserCodeAttribute";
    }
}
