namespace CorporateParenting.Browser.Tests;

[Collection(BrowserCollection.Name)] public sealed partial class LocalOfferTests(BrowserHost host) { }
