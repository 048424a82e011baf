using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using CorporateParenting.Ssda903.Model;

namespace CorporateParenting.Web.Features.Performance.Indicators;

/// <summary>
/// Which children look different to one collection year's measures after an import. A year's figures are
/// a sum over children of what each child contributes, and a child contributes from its header, its
/// episodes and every other part of its history that is not kept per year, plus the per-year records
/// (OC2, OC3, AD1, missing) of that year and the year before. A child whose view is unchanged contributes
/// exactly what it did. Every public property of <see cref="Child"/> is compared (by reflection, so a part
/// added to the model later is compared too, not silently ignored); only maps keyed by collection year are
/// narrowed to the two years.
/// </summary>
public static class ChildViews
{
    private static readonly PropertyInfo[] Parts = typeof(Child).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0).ToArray();

    /// <summary>The ids of children (in either model) whose view of <paramref name="year"/> differs between the two.</summary>
    public static IReadOnlyList<string> Differing(ChildIndex before, ChildIndex after, int year)
    {
        var differing = new ConcurrentBag<string>();
        Parallel.ForEach(after.Children, child =>
        {
            if (before.Find(child.Id) is not { } old || !SameView(old, child, year)) differing.Add(child.Id);
        });
        foreach (var old in before.Children)
            if (after.Find(old.Id) is null) differing.Add(old.Id);
        return differing.Order(StringComparer.Ordinal).ToList();
    }

    public static bool SameView(Child before, Child after, int year)
    {
        foreach (var part in Parts)
        {
            var (a, b) = (part.GetValue(before), part.GetValue(after));
            if (a is IDictionary byKeyA && b is IDictionary byKeyB && IsKeyedByYear(byKeyA) && IsKeyedByYear(byKeyB))
            {
                foreach (var key in new[] { year - 1, year })
                    if (!Same(byKeyA.Contains(key) ? byKeyA[key] : null, byKeyB.Contains(key) ? byKeyB[key] : null)) return false;
            }
            else if (!Same(a, b)) return false;
        }
        return true;
    }

    private static bool IsKeyedByYear(IDictionary map) =>
        map.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && i.GetGenericArguments()[0] == typeof(int));

    /// <summary>
    /// Equal by value: records by their own equality, maps and sequences item by item (whatever the collection: the
    /// model keeps arrays, a child made in code may hold lists), other objects property by property.
    /// </summary>
    private static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is IEnumerable and not string && b is IEnumerable and not string)
        {
            if (a is IDictionary mapA && b is IDictionary mapB)
            {
                if (mapA.Count != mapB.Count) return false;
                foreach (DictionaryEntry entry in mapA)
                    if (!mapB.Contains(entry.Key) || !Same(entry.Value, mapB[entry.Key])) return false;
                return true;
            }
            if (a is IDictionary || b is IDictionary) return false;
            var (x, y) = (((IEnumerable)a).GetEnumerator(), ((IEnumerable)b).GetEnumerator());
            while (true)
            {
                var (moreX, moreY) = (x.MoveNext(), y.MoveNext());
                if (moreX != moreY) return false;
                if (!moreX) return true;
                if (!Same(x.Current, y.Current)) return false;
            }
        }
        if (a.GetType() != b.GetType()) return false;
        if (a.Equals(b)) return true;
        if (a is string || a is IEnumerable || a.GetType().IsValueType) return false;
        // A record holding a list compares the list by reference: compare what it holds instead.
        return PropertiesOf(a.GetType()).All(p => Same(p.GetValue(a), p.GetValue(b)));
    }

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToArray());
}
