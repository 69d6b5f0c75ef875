"""SidecarLock: the exclusive lock on `<data file>.lock` held across every read-modify-write.

On POSIX systems it is `fcntl.flock` on the lock file, which is exactly the lock filelock's
UnixFileLock takes: it excludes every recover process, older versions that used filelock,
and any other tool that locks the same path with filelock (the tests hold it that way). The
kernel drops it when the process ends, even on kill -9, so there is no stale lock to clean.

Waiting is fair: a writer that finds the lock taken blocks in the kernel (no polling), so it
is woken the moment the lock is free. On its own that still lets a newcomer (or the holder
taking the lock again at once) slip in ahead of writers that have waited for seconds, so on
Linux writers first queue on a turnstile, an open-file-description byte lock
(F_OFD_SETLKW) on the same lock file, and take the flock only while they hold the turnstile:
whoever holds the turnstile is next, and everyone else waits behind it. OFD locks and flock
never interact, so tools that take only the flock (filelock) are still excluded as before.
The timeout interrupts the blocking wait with a one-shot timer signal (SIGALRM, main thread
only; the previous handler and timer are put back). In other threads, and where there is
no OFD lock (macOS), the wait polls as before.

The lock file is opened with O_NOFOLLOW and must be a regular file, and is chmodded through
its descriptor: a `.lock` that is a symbolic link is refused, so the lock never creates or
changes a file outside the data folder.

Why not filelock itself, as DESIGN.md suggests: importing filelock 4 costs about 25 ms (it
loads logging, secrets, decimal and builds five dataclasses), a sixth of the check-in budget
of issue 11, for the lines below. Where fcntl does not exist (Windows), filelock (a
dependency only there) does the work.
"""

from __future__ import annotations

import os
import stat
import struct
import time
from collections.abc import Callable

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_POLL_SECONDS = 0.02
_OFD_SETLK: int | None = getattr(fcntl, "F_OFD_SETLK", None)
_OFD_SETLKW: int | None = getattr(fcntl, "F_OFD_SETLKW", None)


class LockTimeoutError(Exception):
    """Another process held the lock for longer than the timeout."""


class _TimedOut(Exception):
    pass


def _turnstile(fd: int, command: int, lock_type: int) -> None:
    # struct flock on Linux: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
    # (l_pid must be 0 for OFD locks). Byte 0 of the lock file, whatever its length.
    fcntl.fcntl(fd, command, struct.pack("hhqqi", lock_type, os.SEEK_SET, 0, 1, 0))


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _wait(try_once: Callable[[], bool], block: Callable[[], None], deadline: float) -> None:
    """Take something: at once if free, else blocking until `deadline` (poll off the main thread).

    Raises:
        LockTimeoutError: still taken at the deadline.
    """
    if try_once():
        return
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise LockTimeoutError()
    if not _main_thread():
        while not try_once():
            if time.monotonic() >= deadline:
                raise LockTimeoutError()
            time.sleep(_POLL_SECONDS)
        return
    import signal

    waiting = [True]

    def ring(signum: int, frame: object) -> None:
        if waiting[0]:
            raise _TimedOut

    previous = signal.signal(signal.SIGALRM, ring)
    started = time.monotonic()
    old_delay, _ = signal.setitimer(signal.ITIMER_REAL, remaining)
    try:
        block()
        waiting[0] = False
    except _TimedOut:
        # (also when the timer rang just after `block` returned: the caller closes the file,
        # which lets go of whatever was taken)
        raise LockTimeoutError() from None
    finally:
        waiting[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay:  # someone else's timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 0.001))


class SidecarLock:
    """An exclusive, non-reentrant lock on one lock file, with a timeout, served in turn."""

    def __init__(self, path: str, *, timeout: float, mode: int = 0o600) -> None:
        """Args:
        path: the lock file (created with `mode` if missing).
        timeout: seconds to wait for another holder; 0 tries once.
        mode: permissions of a lock file this creates.
        """
        self.path = path
        self.timeout = timeout
        self.mode = mode
        self._fd: int | None = None
        self._fallback: object | None = None

    @property
    def is_locked(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None or self._fallback is not None

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        flags |= getattr(os, "O_NONBLOCK", 0)
        fd = os.open(self.path, flags, self.mode)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise IsADirectoryError(0, "not a regular file", self.path)
            if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != self.mode:
                os.fchmod(fd, self.mode)
        except BaseException:
            os.close(fd)
            raise
        return fd

    def acquire(self) -> None:
        """Take the lock, waiting up to `timeout` seconds, behind writers that came first.

        Raises:
            LockTimeoutError: another process still holds it.
            OSError: the lock file cannot be opened or locked (a symbolic link: ELOOP).
        """
        if self.is_locked:
            raise RuntimeError(f"{self.path} is already locked by this object")
        if fcntl is None:  # pragma: no cover - Windows
            self._acquire_with_filelock()
            return
        fd = self._open()
        deadline = time.monotonic() + self.timeout
        queued = False
        try:
            if _OFD_SETLK is not None and _OFD_SETLKW is not None:
                setlk, setlkw = _OFD_SETLK, _OFD_SETLKW

                def queue_now() -> bool:
                    try:
                        _turnstile(fd, setlk, fcntl.F_WRLCK)
                    except (BlockingIOError, PermissionError):
                        return False
                    return True

                _wait(queue_now, lambda: _turnstile(fd, setlkw, fcntl.F_WRLCK), deadline)
                queued = True

            def lock_now() -> bool:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return False
                return True

            _wait(lock_now, lambda: fcntl.flock(fd, fcntl.LOCK_EX), deadline)
            if queued and _OFD_SETLK is not None:
                _turnstile(fd, _OFD_SETLK, fcntl.F_UNLCK)  # the next in the queue may line up
        except LockTimeoutError:
            os.close(fd)  # releases the turnstile and any flock a late timer cut short
            raise LockTimeoutError(self.path) from None
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock (closing the file releases it)."""
        if self._fallback is not None:  # pragma: no cover - Windows
            self._fallback.release()  # type: ignore[attr-defined]
            self._fallback = None
            return
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)

    def _acquire_with_filelock(self) -> None:  # pragma: no cover - Windows
        from filelock import FileLock, Timeout

        lock = FileLock(self.path, timeout=self.timeout, mode=self.mode)
        try:
            lock.acquire()
        except Timeout:
            raise LockTimeoutError(self.path) from None
        self._fallback = lock
