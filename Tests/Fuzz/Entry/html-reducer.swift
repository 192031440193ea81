import LedeFuzzTargets

/// libFuzzer's entry point for the `html-reducer` harness (built by `Tests/Fuzz/run`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.named("html-reducer")!.runOrAbort(UnsafeBufferPointer(start: data, count: size))
    return 0
}
