import LedeTestSupport
import Testing

/// The memory tests' measuring tool reports what the kernel accounted for the child.
@Suite("PeakMemory: a child's exit status and peak resident memory, without GNU time")
struct PeakMemoryTests {
    @Test("a program that fills a 128 MiB buffer peaks above 128 MiB; one that does not, far below")
    func peakFollowsWhatTheChildTouched() throws {
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
