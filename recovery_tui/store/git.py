"""Git: runs the `git` program for `recover sync` in one repository, safely and quietly.

Every call is an argument list (never a shell), in a sanitized environment: the caller's
GIT_* variables that would point git at another repository, index, object store or config
(GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, GIT_CONFIG_PARAMETERS, ...) are dropped; only the
ones a person sets for identity and transport (GIT_SSH_COMMAND, GIT_AUTHOR_NAME, proxies) are
kept. Each command runs with no hooks (`core.hooksPath=/dev/null`), no automatic gc or
maintenance, no commit signing prompt, and the `ext::` transport off. Without a terminal
(scripts, the dashboard) git never asks for credentials: GIT_TERMINAL_PROMPT=0, no askpass
program, and ssh in BatchMode, so a remote that needs a password fails at once instead of
hanging.

Only `network=True` calls (fetch, push, ls-remote) may reach a remote; everything else works
on the local repository. Errors are one line for a person (`GitMissing`, `GitFailed`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from recovery_tui.errors import RecoverError

KEEP_VARIABLES = frozenset(
    {
        "GIT_SSH",
        "GIT_SSH_COMMAND",
        "GIT_SSH_VARIANT",
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "GIT_PROXY_COMMAND",
        "GIT_HTTP_PROXY_AUTHMETHOD",
        "GIT_SSL_CAINFO",
        "GIT_SSL_CAPATH",
        "GIT_SSL_CERT",
        "GIT_SSL_KEY",
    }
)
"""GIT_* variables passed on to git; every other one is dropped (see the module docstring)."""

SAFE_CONFIG = (
    "core.hooksPath=/dev/null",
    "gc.auto=0",
    "maintenance.auto=false",
    "commit.gpgSign=false",
    "protocol.ext.allow=never",
    "core.autocrlf=false",
    "advice.detachedHead=false",
)
NETWORK_TIMEOUT_SECONDS = 300.0
LOCAL_TIMEOUT_SECONDS = 60.0


class GitMissing(RecoverError):
    """The git program is not installed (or not on PATH)."""


class GitFailed(RecoverError):
    """A git command failed; the message is git's own last line."""

    def __init__(self, message: str, *, returncode: int = 1, stderr: str = "") -> None:
        super().__init__(message)
        self.returncode = returncode
        self.stderr = stderr


def git_program() -> str:
    """The path of the git program on PATH.

    Raises:
        GitMissing: there is none.
    """
    found = shutil.which("git")
    if found is None:
        raise GitMissing("git is not installed (or not on PATH); recover sync needs it. Nothing was changed.")
    return found


def environment(*, interactive: bool) -> dict[str, str]:
    """The environment git runs in: the caller's, minus GIT_* variables outside KEEP_VARIABLES.

    Args:
        interactive: a person is at a terminal and may answer git's questions (a password).
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_") or key in KEEP_VARIABLES}
    if not interactive:
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GCM_INTERACTIVE"] = "never"
        env["SSH_ASKPASS_REQUIRE"] = "never"
        env.pop("SSH_ASKPASS", None)
        if "GIT_SSH_COMMAND" not in env and "GIT_SSH" not in env:
            env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=20"
    return env


def last_line(text: str) -> str:
    """git's reason in one line: its first `fatal:` or `error:` line, else its last line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not line.lower().startswith(("hint:", "warning: redirecting"))]
    for line in lines:
        if line.lower().startswith(("fatal:", "error:")):
            return line
    return lines[-1] if lines else ""


class Git:
    """The git commands of one repository (its working tree `folder`)."""

    def __init__(self, folder: Path, *, interactive: bool = False) -> None:
        """Args:
        folder: the repository's working tree (its .git folder is inside).
        interactive: a person at a terminal may be asked for credentials.
        """
        self.folder = folder
        self.interactive = interactive
        self.program = git_program()

    @property
    def git_dir(self) -> Path:
        """The repository's .git folder."""
        return self.folder / ".git"

    def run(
        self,
        *args: str,
        network: bool = False,
        check: bool = True,
        stdin: bytes | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run `git ARGS` in the repository and return what it did.

        Args:
            args: git's arguments (a list; never read by a shell).
            network: the command may reach the remote (longer timeout; credentials rules).
            check: raise GitFailed when git fails.
            stdin: bytes for git's standard input (else it reads nothing).
            env: extra environment variables for this call.

        Raises:
            GitFailed: git failed (with `check`), or took longer than its timeout.
            GitMissing: git disappeared.
        """
        command = [self.program]
        for setting in SAFE_CONFIG:
            command += ["-c", setting]
        command += list(args)
        full_env = environment(interactive=self.interactive and network)
        if env:
            full_env.update(env)
        timeout = NETWORK_TIMEOUT_SECONDS if network else LOCAL_TIMEOUT_SECONDS
        try:
            done = subprocess.run(
                command,
                cwd=self.folder,
                env=full_env,
                input=stdin,
                stdin=None if stdin is not None or (self.interactive and network) else subprocess.DEVNULL,
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except FileNotFoundError:
            raise GitMissing(
                "git is not installed (or not on PATH); recover sync needs it. Nothing was changed."
            ) from None
        except subprocess.TimeoutExpired:
            raise GitFailed(f"git {args[0]} took longer than {timeout:g} s and was stopped.") from None
        if check and done.returncode != 0:
            stderr = done.stderr.decode("utf-8", errors="replace")
            reason = last_line(stderr) or f"git {args[0]} exited with code {done.returncode}"
            raise GitFailed(reason, returncode=done.returncode, stderr=stderr)
        return done

    def text(self, *args: str, network: bool = False, stdin: bytes | None = None) -> str:
        """The standard output of `git ARGS` (given `stdin`), stripped."""
        return self.run(*args, network=network, stdin=stdin).stdout.decode("utf-8", errors="replace").strip()

    def commit_of(self, ref: str) -> str | None:
        """The commit id `ref` names, or None when it names none."""
        done = self.run("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
        out = done.stdout.decode("ascii", errors="replace").strip()
        return out if done.returncode == 0 and out else None

    def blob(self, commit: str, path: str) -> bytes | None:
        """The bytes of file `path` at `commit`, or None when the commit has no such file."""
        done = self.run("cat-file", "blob", f"{commit}:{path}", check=False)
        return done.stdout if done.returncode == 0 else None

    def config(self, key: str) -> str | None:
        """A setting of the repository (local, global or the user's), or None."""
        done = self.run("config", "--get", key, check=False)
        value = done.stdout.decode("utf-8", errors="replace").strip()
        return value if done.returncode == 0 and value else None

    def is_ancestor(self, older: str, newer: str) -> bool:
        """True when commit `older` is `newer` or one of its ancestors."""
        return self.run("merge-base", "--is-ancestor", older, newer, check=False).returncode == 0
