namespace CsbGenerators
{
    /// <summary>Where the client sends events.</summary>
    public enum CsbRoute
    {
        /// <summary>
        /// <c>POST {endpoint}/v1/batch</c> with HTTP Basic authentication by write key and several messages per
        /// request: Segment's tracking API and any collector that copies it. Carries all four calls.
        /// </summary>
        SegmentCompatible = 0,

        /// <summary>
        /// The CustomerSuccessBox server API: <c>POST {endpoint}/api/v1_1/user</c>, <c>/account</c> or
        /// <c>/feature</c> with a Bearer API key, one JSON object per request. Carries identify, group and track;
        /// page views are rejected because the API has no page endpoint.
        /// </summary>
        CustomerSuccessBox = 1,
    }
}
