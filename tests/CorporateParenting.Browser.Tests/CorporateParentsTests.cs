namespace CorporateParenting.Browser.Tests;

/// <summary>Corporate parents in a real browser: one test per part, each in its own file (CorporateParentsTests.&lt;Part&gt;.cs).</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class CorporateParentsTests(BrowserHost host);
