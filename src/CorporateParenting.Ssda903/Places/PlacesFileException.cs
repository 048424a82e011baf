namespace CorporateParenting.Ssda903.Places;

/// <summary>A postcode directory or provider file that cannot be read: the message names the file, the line and what is wrong.</summary>
public sealed class PlacesFileException(string message) : Exception(message);
