/// The fixed-point scale of class term sums. Each document's normalised term weight is rounded
/// once to a whole number of units of 2⁻³² and class sums are sums of those integers, so a sum
/// does not depend on the order its documents were added in: training in any order, in shards
/// merged in any tree, or updating and forgetting, gives the same integers bit for bit.
///
/// A unit is 2.3 × 10⁻¹⁰, far below what the `Float` weights derived from the sums can tell apart
/// (a document's l2-normalised weights are at least about 10⁻³). Sums stay exact up to 2³¹ full
/// weights per class and term; past that, adding refuses rather than wrap.
///
/// ```swift
/// FixedPointWeight.units(0.5)          // 2_147_483_648
/// FixedPointWeight.value(2_147_483_648) // 0.5
/// ```
public enum FixedPointWeight {
    /// Units per 1.0 of weight: 2³².
    public static let unitsPerWeight: Double = 4_294_967_296

    /// `weight` rounded to the nearest whole number of units (ties to even). `weight` must be
    /// finite and below 2³¹.
    @inline(__always)
    public static func units(_ weight: Double) -> Int64 {
        Int64((weight * unitsPerWeight).rounded(.toNearestOrEven))
    }

    /// The weight of `units` units (exact below 2⁵³ units).
    @inline(__always)
    public static func value(_ units: Int64) -> Double {
        Double(units) * weightPerUnit
    }

    /// 2⁻³²: multiplying by it is exact, like dividing by ``unitsPerWeight``, and cheaper.
    private static let weightPerUnit: Double = 1 / 4_294_967_296
}
