#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How long a command that rewrites a model waits for another writer of the same model.
public struct LockOptions: Sendable, Equatable {
    /// Seconds to wait for the lock before giving up with exit status 75.
    public var timeoutSeconds: Double = 10

    /// The defaults.
    public init() {}

    /// Refuses a negative or non-finite timeout.
    public func validate() throws(LedeError) {
        guard timeoutSeconds.isFinite, timeoutSeconds >= 0 else {
            throw .invalidOption("--lock-timeout must be a number of seconds, 0 or more (got \(timeoutSeconds))")
        }
    }
}

/// One writer of a model at a time: an exclusive `flock(2)` on a lock file beside the model
/// (`.NAME.lock`, beside the file a symbolic link leads to), held while the model is read,
/// changed and written, so that concurrent `lede update`s of one model run one after another
/// and every one of them lands. The lock is advisory: it orders Lede's own writers.
///
/// The holder removes the lock file before releasing it, so no lock file is left behind; a
/// waiter that then gets the lock on the removed file notices (the path no longer leads to the
/// file it locked) and tries again. The kernel drops the lock of a process that dies, so a
/// killed writer never leaves the model locked.
public final class ModelLock {
    private let descriptor: Int32
    private let lockPath: String

    /// The lock file of the model at `path`.
    static func lockPath(for path: String) throws(LedeError) -> String {
        let target = try OutputPath.resolved(path)
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        return folder + "." + name + ".lock"
    }

    private init(descriptor: Int32, lockPath: String) {
        self.descriptor = descriptor
        self.lockPath = lockPath
    }

    /// Takes the write lock of the model at `path`, waiting up to `options.timeoutSeconds`.
    /// - Throws: `.lockTimeout` naming `path` when another process holds it that long;
    ///   `.writeFailed` when the lock file cannot be created (the folder is not writable).
    public static func acquire(_ path: String, options: LockOptions = .init()) throws(LedeError) -> ModelLock {
        let lockPath = try lockPath(for: path)
        let location = SourceLocation(path: path)
        let deadline = monotonicSeconds() + options.timeoutSeconds
        var pause: useconds_t = 1_000
        while true {
            let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                // The same reason the write itself would give (a missing or read-only folder).
                throw .writeFailed(location, reason: String(cString: strerror(errno)))
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The previous holder may have removed the file between our open and our lock.
                var held = stat(), named = stat()
                if fstat(descriptor, &held) == 0, stat(lockPath, &named) == 0,
                   held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                    return ModelLock(descriptor: descriptor, lockPath: lockPath)
                }
                close(descriptor)
                continue
            }
            let failure = errno
            close(descriptor)
            guard failure == EWOULDBLOCK || failure == EINTR else {
                throw .writeFailed(location, reason: "cannot lock \(lockPath): \(String(cString: strerror(failure)))")
            }
            guard monotonicSeconds() < deadline else { throw .lockTimeout(location, seconds: options.timeoutSeconds) }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
    }

    /// Runs `body` holding the write lock of the model at `path`.
    public static func withLock<Result>(
        _ path: String, options: LockOptions = .init(), _ body: () throws -> Result
    ) throws -> Result {
        let lock = try acquire(path, options: options)
        defer { lock.release() }
        return try body()
    }

    /// Removes the lock file and releases the lock (also done when the object goes away).
    public func release() {
        guard !released else { return }
        released = true
        unlink(lockPath)
        close(descriptor)
    }

    private var released = false

    deinit { release() }

    /// Seconds on a clock that does not jump with the wall clock.
    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
