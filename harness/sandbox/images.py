"""Build the per-language images offline: debootstrap a Debian root, then `docker import` it.

No registry is reachable, so each image is a `debootstrap --variant=minbase` bookworm root from
the mirror apt uses (read from /etc/apt/sources.list*) with the language's packages. The Python
image also gets the hash-locked runner (configs/runtimes/python.lock, as in `make runtime`): the
host's pip (and its config) downloads the wheels, Debian's pip installs them with no index. The
finished root is cached as a tarball named by a hash of its inputs, so a rerun only imports it.

    python -m harness.sandbox.images [--language python|javascript|c|all] [--force] [--no-cache]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import logging
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import docker
from docker.errors import ImageNotFound

from harness.errors import InfraError
from harness.paths import CONFIGS
from harness.sandbox.docker import LANGUAGES, connect, image_name
from harness.sandbox.dockerd import ensure_engine

log = logging.getLogger(__name__)

SUITE = "bookworm"
CACHE_DIR = Path("/var/cache/liftbench")
PACKAGES: dict[str, tuple[str, ...]] = {
    "python": ("python3", "python3-pip", "python-is-python3"),
    "javascript": ("nodejs",),
    "c": ("gcc", "libc6-dev", "libasan8", "libubsan1", "make"),
}
SLIM = ("var/cache/apt", "var/lib/apt/lists", "usr/share/doc", "usr/share/man", "usr/share/info")
IMAGE_CHANGES = ["ENV PATH=/usr/local/bin:/usr/bin:/bin", "ENV LANG=C.UTF-8", "WORKDIR /ws"]
CHROOT_ENV = {
    "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "HOME": "/root",
    "LANG": "C.UTF-8",
    "PIP_CONFIG_FILE": "/dev/null",
    "PIP_NO_INPUT": "1",
    "PIP_DISABLE_PIP_VERSION_CHECK": "1",
}


def requirements() -> Path:
    """The hash-locked Python task runtime (the same lock `make runtime` installs)."""
    lock = CONFIGS / "runtimes" / "python.lock"
    if not lock.is_file():
        raise InfraError(f"Python runtime lock missing at {lock}")
    return lock


def tarball_path(language: str, cache: Path) -> Path:
    """The cached root, named by a short hash of everything that decides its content."""
    digest = hashlib.sha256(f"{SUITE}|{','.join(PACKAGES[language])}".encode())
    if language == "python":
        digest.update(requirements().read_bytes())
    return cache / f"{image_name(language).split(':')[0]}-{digest.hexdigest()[:12]}.tar"


Source = tuple[list[str], list[str], list[str]]  # URIs, suites, components


def _source_files(etc: Path) -> list[Path]:
    """The files apt reads, in apt's order (other suffixes, e.g. `.disabled`, are ignored)."""
    files = [etc / "sources.list"] if (etc / "sources.list").is_file() else []
    parts = etc / "sources.list.d"
    if parts.is_dir():
        files += sorted(p for p in parts.iterdir() if p.suffix in (".list", ".sources"))
    return files


def _deb822_sources(text: str) -> Iterator[Source]:
    for paragraph in re.split(r"\n\s*\n", text):
        fields: dict[str, list[str]] = {}
        for line in paragraph.splitlines():
            if line[:1] not in ("#", " ", "\t") and ":" in line:
                key, _, value = line.partition(":")
                fields[key.strip().lower()] = value.split()
        if "deb" in fields.get("types", []) and fields.get("enabled", ["yes"]) != ["no"]:
            yield fields.get("uris", []), fields.get("suites", []), fields.get("components", [])


def _one_line_sources(text: str) -> Iterator[Source]:
    for line in text.splitlines():
        words = re.sub(r"\[[^\]]*\]", " ", line.split("#", 1)[0]).split()
        if len(words) >= 3 and words[0] == "deb":
            yield [words[1]], [words[2]], words[3:]


def apt_mirror(suite: str = SUITE, etc: Path = Path("/etc/apt")) -> str:
    """The URI apt uses for `suite` main (never hard-coded: each machine has its own mirror)."""
    for path in _source_files(etc):
        text = path.read_text(errors="replace")
        parse = _deb822_sources if path.suffix == ".sources" else _one_line_sources
        for uris, suites, components in parse(text):
            if uris and suite in suites and "main" in components:
                return uris[0]
    raise InfraError(f"no apt source for {suite} main in {etc}/sources.list*: pass --mirror URL")


def apt_proxy_env() -> dict[str, str]:
    """apt's HTTP proxy (if one is configured) as `http_proxy` for debootstrap's downloads."""
    if shutil.which("apt-config") is None:
        return {}
    out = subprocess.run(
        ["apt-config", "shell", "PROXY", "Acquire::http::Proxy"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    for word in shlex.split(out):
        key, _, value = word.partition("=")
        if key == "PROXY" and value:
            return {"http_proxy": value}
    return {}


def _run(argv: list[str], env: dict[str, str] | None = None) -> None:
    """Run a build step; InfraError with the tail of its output when it fails."""
    log.debug("$ %s", " ".join(argv))
    proc = subprocess.run(argv, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        tail = (proc.stdout + proc.stderr)[-2000:]
        raise InfraError(f"`{' '.join(argv[:3])} ...` failed ({proc.returncode}):\n{tail}")


@contextlib.contextmanager
def _timed(step: str) -> Iterator[None]:
    start = time.monotonic()
    log.info("%s ...", step)
    yield
    log.info("%s: %.1f s", step, time.monotonic() - start)


def debootstrap(language: str, root: Path, cache: Path, mirror: str) -> None:
    """Make a minimal bookworm root with the language's packages (.debs cached in `cache`)."""
    if shutil.which("debootstrap") is None:
        raise InfraError("debootstrap is not installed: run `apt-get install -y debootstrap`")
    debs = cache / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    argv = ["debootstrap", "--variant=minbase", f"--include={','.join(PACKAGES[language])}"]
    argv += [f"--cache-dir={debs}", SUITE, str(root), mirror]
    with _timed(f"debootstrap {language} from {mirror}"):
        _run(argv, env={**CHROOT_ENV, **apt_proxy_env()})


def install_python_runtime(root: Path) -> None:
    """Install the pinned test runner into the root, offline, with wheels the host's pip got."""
    version = _root_python(root)
    wheels = root / "tmp" / "wheels"
    reqs = root / "tmp" / "python.lock"
    shutil.copyfile(requirements(), reqs)
    download = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--only-binary=:all:",
        "--no-deps",
        "--require-hashes",
    ]
    download += ["--python-version", version, "-d", str(wheels), "-r", str(reqs)]
    with _timed(f"pip download for Python {version} (host pip config)"):
        _run(download)
    install = ["chroot", str(root), "python3", "-m", "pip", "install", "--no-index"]
    install += ["--find-links", "/tmp/wheels", "--break-system-packages"]
    install += ["--root-user-action=ignore", "--no-deps", "--require-hashes", "-r", "/tmp/python.lock"]
    with _timed("pip install in the root"):
        _run(install, env=CHROOT_ENV)
    shutil.rmtree(wheels)
    reqs.unlink()


def _root_python(root: Path) -> str:
    found = sorted(p.name for p in (root / "usr" / "bin").glob("python3.*") if p.name[8:].isdigit())
    if not found:
        raise InfraError(f"no python3.X interpreter in {root}/usr/bin after debootstrap")
    return found[-1].removeprefix("python")


def _mounts_below(root: Path) -> list[str]:
    prefix = str(root.resolve()) + "/"
    mounts = [line.split()[1] for line in Path("/proc/self/mounts").read_text().splitlines()]
    return sorted((m for m in mounts if m.startswith(prefix)), reverse=True)


def _remove_root(root: Path) -> None:
    """Unmount what a failed debootstrap left inside `root` (proc, sys), then delete it.

    Never deletes through a mount: a leftover /proc or /sys bind would lead into the host's.
    """
    for point in _mounts_below(root):
        subprocess.run(["umount", "-l", point], check=False)
    if left := _mounts_below(root):
        log.error("not deleting %s: still mounted inside: %s", root, ", ".join(left))
        return
    with _timed(f"remove build root {root.name}"):
        shutil.rmtree(root, ignore_errors=True)


def build_root_tarball(language: str, cache: Path, mirror: str | None) -> Path:
    """Debootstrap, add the runtime, slim down and pack the root as `cache/<name>-<key>.tar`."""
    out = tarball_path(language, cache)
    root = Path(tempfile.mkdtemp(prefix=f"root-{language}-", dir=cache))
    root.chmod(0o755)  # becomes the image's "/", which every uid must traverse
    try:
        debootstrap(language, root, cache, mirror or apt_mirror(SUITE))
        if language == "python":
            install_python_runtime(root)
        for rel in SLIM:
            shutil.rmtree(root / rel, ignore_errors=True)
        (root / "ws").mkdir(exist_ok=True)
        with _timed(f"tar {out.name}"):
            _run(["tar", "-C", str(root), "--numeric-owner", "-cf", f"{out}.part", "."])
        Path(f"{out}.part").rename(out)
    finally:
        _remove_root(root)
    return out


def import_tarball(client: docker.DockerClient, tarball: Path, language: str) -> None:
    """`docker import` the root tarball as liftbench-<language>:latest."""
    repo, tag = image_name(language).split(":")
    with _timed(f"docker import {repo}:{tag}"):
        client.api.import_image_from_file(str(tarball), repository=repo, tag=tag, changes=IMAGE_CHANGES)


def image_exists(client: docker.DockerClient, language: str) -> bool:
    """True when the current liftbench-<language> image is in the engine's image store."""
    try:
        client.images.get(image_name(language))
    except ImageNotFound:
        return False
    return True


@contextlib.contextmanager
def _build_lock(cache: Path) -> Iterator[None]:
    """One build at a time on this machine (a second caller waits, then finds the image)."""
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / "build.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def build_image(
    language: str,
    *,
    force: bool = False,
    use_cache: bool = True,
    cache: Path = CACHE_DIR,
    mirror: str | None = None,
) -> bool:
    """Build liftbench-<language> unless it exists (or `force`); True when an image was made."""
    client = connect()
    with _build_lock(cache):
        if image_exists(client, language) and not force:
            log.info("%s exists; skipping (use --force to rebuild)", image_name(language))
            return False
        start = time.monotonic()
        tarball = tarball_path(language, cache)
        if not (use_cache and tarball.exists()):
            tarball = build_root_tarball(language, cache, mirror)
        else:
            log.info("reusing cached root %s", tarball)
        import_tarball(client, tarball, language)
        log.info("%s ready in %.1f s", image_name(language), time.monotonic() - start)
        return True


def main(argv: list[str] | None = None) -> int:
    """CLI: build the requested images; exit 1 with the reason when that is impossible."""
    parser = argparse.ArgumentParser(prog="python -m harness.sandbox.images", description=__doc__)
    parser.add_argument("--language", choices=[*LANGUAGES, "all"], default="all")
    parser.add_argument("--force", action="store_true", help="rebuild even if the image exists")
    parser.add_argument("--no-cache", action="store_true", help="ignore the cached root tarball")
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR)
    parser.add_argument("--mirror", help="Debian mirror URL (default: from apt's sources)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    reason = ensure_engine()
    if reason is not None:
        print(f"cannot build images: {reason}", file=sys.stderr)
        return 1
    options = {"force": args.force, "use_cache": not args.no_cache, "mirror": args.mirror}
    try:
        for language in LANGUAGES if args.language == "all" else (args.language,):
            build_image(language, cache=args.cache_dir, **options)
    except InfraError as exc:
        print(f"image build failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
