"""The make set-up on a machine that lacks QGIS, and the CI entry point's verdict.

dev/setup.sh is run for real, with a PATH in which the tools it asks are
replaced: a dpkg-query that finds nothing installed and an id that is not
root (a Debian machine without QGIS, as a normal user), or no dpkg-query and
no qgis_process.bin at all (another system); and on a scratch checkout whose
.venv belongs to another Python. .ci/run is run on a failing test and on a
selection without tests: both must fail.
"""

import os
import stat
import subprocess
import sys

import pytest

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBIAN_PACKAGES = (
    "qgis",
    "python3-qgis",
    "qgis-providers",
    "python3-numpy",
    "python3-scipy",
    "python3-pandas",
    "python3-geopandas",
    "python3-networkx",
    "python3-requests",
    "python3-pytest",
    "xvfb",
)


def _tool(folder, name, script):
    path = folder / name
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _setup(path_dirs):
    script = os.path.join(REPO_ROOT, "dev", "setup.sh")
    return subprocess.run(
        ["/bin/bash", script], env=dict(os.environ, PATH=path_dirs), capture_output=True, text=True, timeout=120
    )


def test_debian_without_qgis_and_not_root_says_exactly_what_to_install(tmp_path):
    _tool(tmp_path, "dpkg-query", "exit 1")  # nothing installed
    _tool(tmp_path, "id", "echo 1000")  # not root
    process = _setup(f"{tmp_path}:{os.environ['PATH']}")

    assert process.returncode == 1, process.stdout + process.stderr
    command = next(line.strip() for line in process.stderr.splitlines() if "apt-get install" in line)
    assert command.startswith("sudo apt-get install ")
    assert set(DEBIAN_PACKAGES) <= set(command.split()[3:]), command
    assert "as root" in process.stderr
    assert not os.path.exists(tmp_path / ".venv")


def test_other_system_without_qgis_names_what_is_needed(tmp_path):
    # Only what the script needs before its verdict: no dpkg-query, no qgis_process.bin.
    _tool(tmp_path, "dirname", 'exec /usr/bin/dirname "$@"')
    process = _setup(str(tmp_path))

    assert process.returncode == 1, process.stdout + process.stderr
    assert "not a Debian system" in process.stderr
    for needed in ("QGIS (>= 3.22)", "import qgis.core", "numpy", "scipy", "requests", "pytest"):
        assert needed in process.stderr, f"{needed} is not named: {process.stderr}"


def test_setup_remakes_a_venv_of_another_python_then_does_nothing(tmp_path):
    """A checkout whose .venv was made by another Python (Debian 12 -> 13): set-up remakes it once;
    run again, it has nothing left to do. (A copy of the script in a scratch checkout: the Debian
    packages are reported installed, nothing to pip-install, and a stand-in for qgis_process.)"""
    checkout = tmp_path / "checkout"
    (checkout / "dev").mkdir(parents=True)
    (checkout / "dev" / "setup.sh").write_bytes(open(os.path.join(REPO_ROOT, "dev", "setup.sh"), "rb").read())
    (checkout / "requirements-dev.txt").write_text("")
    _tool(checkout / "dev", "qgis_process", "exit 0")
    stale = checkout / ".venv" / "lib" / "python2.7" / "site-packages"
    stale.mkdir(parents=True)
    tools = tmp_path / "bin"
    tools.mkdir()
    _tool(tools, "dpkg-query", "echo 'install ok installed'")
    version = "%d.%d" % sys.version_info[:2]

    def setup():
        return subprocess.run(
            ["/bin/bash", str(checkout / "dev" / "setup.sh")],
            capture_output=True,
            text=True,
            env=dict(os.environ, PATH=f"{tools}:{os.environ['PATH']}"),
            timeout=300,
        )

    first = setup()
    assert first.returncode == 0, first.stdout + first.stderr
    assert "remaking it" in first.stdout and not stale.exists()
    assert (checkout / ".venv" / "lib" / f"python{version}" / "site-packages" / "foodaccess").is_symlink()
    second = setup()
    assert second.returncode == 0, second.stdout + second.stderr
    assert second.stdout == "", f"set-up did work again: {second.stdout}"


@pytest.mark.slow
@pytest.mark.parametrize(
    "selection, verdict",
    [("FAILING", "1 failed"), ("-k no_test_has_this_name", "0 selected")],
    ids=["a test fails", "no test ran"],
)
def test_ci_entry_point_fails(tmp_path, selection, verdict):
    failing = tmp_path / "test_always_fails.py"
    failing.write_text("def test_fails():\n    assert 1 + 1 == 3\n")
    arguments = str(failing) if selection == "FAILING" else selection
    process = subprocess.run(
        ["bash", ".ci/run", *arguments.split()],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, PYTEST_ADDOPTS=""),
    )
    assert process.returncode != 0, process.stdout[-2000:]
    assert verdict in process.stdout, process.stdout[-2000:]
