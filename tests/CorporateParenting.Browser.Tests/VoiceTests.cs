namespace CorporateParenting.Browser.Tests;

/// <summary>The voice of the child in a real browser: one test per part, each in its own file (VoiceTests.&lt;Part&gt;.cs).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class VoiceTests(BrowserHost host);
