"""SidecarLock: the exclusive lock on `<data file>.lock` held across every read-modify-write.

On POSIX systems it is `fcntl.flock` on the lock file, which is exactly the lock filelock's
UnixFileLock takes: it excludes every recover process, older versions that used filelock,
and any other tool that locks the same path with filelock (the tests hold it that way). The
kernel drops it when the process ends, even on kill -9, so there is no stale lock to clean.

Why not filelock itself, as DESIGN.md suggests: importing filelock 4 costs about 25 ms (it
loads logging, secrets, decimal and builds five dataclasses), a sixth of the check-in budget
of issue 11, for the dozen lines below. Where fcntl does not exist (Windows), filelock (a
dependency only there) does the work.
"""

from __future__ import annotations

import os
import time

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_POLL_SECONDS = 0.05


class LockTimeoutError(Exception):
    """Another process held the lock for longer than the timeout."""


class SidecarLock:
    """An exclusive, non-reentrant lock on one lock file, with a timeout."""

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

    def acquire(self) -> None:
        """Take the lock, waiting up to `timeout` seconds.

        Raises:
            LockTimeoutError: another process still holds it.
            OSError: the lock file cannot be opened or locked.
        """
        if self.is_locked:
            raise RuntimeError(f"{self.path} is already locked by this object")
        if fcntl is None:  # pragma: no cover - Windows
            self._acquire_with_filelock()
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, self.mode)
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LockTimeoutError(self.path) from None
                    time.sleep(_POLL_SECONDS)
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
