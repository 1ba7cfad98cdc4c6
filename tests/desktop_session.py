"""The real QGIS desktop under Xvfb, with this checkout as its plugin, running one script of checks.

``run_desktop(script, folder, language)`` starts Xvfb (on a free display) and QGIS with a fresh profile in
``folder`` (the checkout linked as the plugin ``foodaccess`` and enabled, the user interface in ``language``),
runs ``script`` inside it (QGIS's ``--code``), waits for the JSON the script writes to
``$FOODACCESS_DESKTOP_OUT/result.json``, then ends both processes. One QGIS start per call: a test module
batches its checks into one script per language.
"""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "foodaccess"


def missing_desktop():
    """Why the desktop cannot run here (a sentence), or None."""
    for program, package in (("Xvfb", "xvfb"), ("qgis", "qgis")):
        if shutil.which(program) is None:
            return f"no display server can run: {program} is not installed (apt-get install {package}, or make setup)"
    return None


def write_profile(folder, language):
    """A fresh profile; the folder to pass as --profiles-path (QGIS keeps its profiles in its 'profiles')."""
    profile = folder / "profiles" / "profiles" / "default"
    (profile / "python" / "plugins").mkdir(parents=True)
    (profile / "python" / "plugins" / PLUGIN).symlink_to(REPO_ROOT, target_is_directory=True)
    (profile / "QGIS").mkdir()
    settings = f"[PythonPlugins]\n{PLUGIN}=true\nprocessing=true\n\n[qgis]\ncheckVersion=false\nshowTips=false\n\n"
    if language:
        settings += f"[locale]\noverrideFlag=true\nuserLocale={language}\nglobalLocale={language}\n"
    (profile / "QGIS" / "QGIS3.ini").write_text(settings, encoding="utf-8")
    return folder / "profiles"


def start_xvfb(folder):
    """Xvfb on the first free display (it says which through -displayfd); (process, ':N')."""
    read_end, write_end = os.pipe()
    log = open(folder / "xvfb.log", "w")  # noqa: SIM115 (closed with the process)
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    os.close(write_end)
    with os.fdopen(read_end) as stream:
        number = stream.readline().strip()
    if not number:
        process.kill()
        raise RuntimeError(f"Xvfb did not start: {(folder / 'xvfb.log').read_text()}")
    return process, f":{number}"


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_desktop(script, folder, language=None, timeout=240):
    """Run ``script`` inside the QGIS desktop; the JSON it wrote. ``folder`` keeps the profile, logs and
    whatever the script saves (screenshots)."""
    folder = Path(folder)
    profiles = write_profile(folder, language)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    result = folder / "result.json"
    xvfb, display = start_xvfb(folder)
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, XDG_RUNTIME_DIR=str(runtime), FOODACCESS_DESKTOP_OUT=str(folder))
    log = open(folder / "qgis.log", "w")  # noqa: SIM115 (closed with the process)
    qgis = subprocess.Popen(
        ["qgis", "--profiles-path", str(profiles), "--profile", "default", "--nologo", "--noversioncheck"]
        + ["--code", str(script)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + timeout
        while not result.exists():
            if qgis.poll() is not None:
                raise AssertionError(f"QGIS exited ({qgis.returncode}) before its checks:\n{read_log(folder)}")
            if time.monotonic() > deadline:
                raise AssertionError(f"QGIS did not finish its checks in {timeout} s:\n{read_log(folder)}")
            time.sleep(0.5)
        return json.loads(result.read_text(encoding="utf-8"))
    finally:
        stop(qgis)
        stop(xvfb)
        log.close()


def read_log(folder):
    return (Path(folder) / "qgis.log").read_text(encoding="utf-8", errors="replace")[-3000:]
