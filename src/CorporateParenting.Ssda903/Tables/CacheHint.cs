namespace CorporateParenting.Ssda903.Tables;

/// <summary>Asking the processor for memory a look-up will read soon, so that several waits for memory overlap.</summary>
internal static class CacheHint
{
    /// <summary>
    /// Asks for the element's memory. A hint only: it never faults and waits for nothing, an address the collector moves
    /// meanwhile is only a wasted hint, and a processor without it simply reads the element when it comes to it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T element)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref element));
    }
}
