import LedeTestSupport
import Testing

/// The memory tests' measuring tool reports the child's own peak, not the test runner's: a test
/// runner of several hundred MB must not raise a small child's figure.
@Suite("PeakMemory: a child's exit status and peak resident memory, measured by GNU time",
       .enabled(if: PeakMemory.isAvailable, "needs GNU time at /usr/bin/time to measure peak memory (apt-get install time; .ci/run installs it)"))
struct PeakMemoryTests {
    @Test("a program that fills a 128 MiB buffer peaks above 128 MiB; one that does not, far below, while this process holds 256 MiB")
    func peakFollowsWhatTheChildTouched() throws {
        // The runner's own memory, touched, must not show in the child's figure.
        let ballast = [UInt8](repeating: 1, count: 256 << 20)
        defer { withExtendedLifetime(ballast) {} }
        let large = try PeakMemory.run("/bin/dd", ["if=/dev/zero", "of=/dev/null", "bs=128M", "count=1"])
        #expect(large.status == 0, "\(large.standardError)")
        #expect(large.peakKilobytes >= 128 * 1024, "\(large.peakKilobytes) KiB")
        let small = try PeakMemory.run("/bin/dd", ["if=/dev/zero", "of=/dev/null", "bs=4k", "count=1"])
        #expect(small.status == 0 && small.peakKilobytes > 0 && small.peakKilobytes < 32 * 1024, "\(small.peakKilobytes) KiB")
    }

    @Test("the exit status is the child's, 128 + the signal's number when a signal ended it, and standard error is kept")
    func statusAndStandardError() throws {
        let failed = try PeakMemory.run("/bin/sh", ["-c", "echo broken >&2; exit 3"])
        #expect(failed.status == 3 && failed.standardError == "broken\n", "\(failed)")
        let killed = try PeakMemory.run("/bin/sh", ["-c", "kill -9 $$"])
        #expect(killed.status == 137, "\(killed)")
    }
}
