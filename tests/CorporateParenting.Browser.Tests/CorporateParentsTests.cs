namespace CorporateParenting.Browser.Tests;

/// <summary>The council's corporate parents in a real browser: one test per part, each in its own file (CorporateParentsTests.&lt;Part&gt;.cs).</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CorporateParentsTests(BrowserHost host);
