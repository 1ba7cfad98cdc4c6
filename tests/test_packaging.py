"""`make package` gives a zip that installs from a plugin repository like plugins.qgis.org.

The zip and its plugins.xml are served on 127.0.0.1, QGIS's own plugin
installer (pyplugin_installer: fetch the repository index, download, unzip)
installs them into a fresh profile, and qgis_process.bin in that profile
lists every algorithm of the provider with its help. A second copy under a
renamed folder (a ZIP downloaded from the code repository) is refused with a
message instead of a crash.
"""

import configparser
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest
from plugin_session import PLUGIN, plugin_session, provider_algorithm_names, qgis_env
from servers import LoopbackServer, Reply

from foodaccess.processing.base import help_text
from foodaccess.processing.provider import ALGORITHM_CLASSES

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[1]
NOT_SHIPPED = re.compile(
    r"(^|/)(__pycache__|\.[^/]+)(/|$)|\.py[co]$|\.ts$|-(wal|shm|journal)$"
    r"|^foodaccess/(tests|dev|build|dist|out|Makefile|pytest\.ini|ruff\.toml|requirements-dev\.txt)(/|$)"
)
# What plugins.qgis.org requires of metadata.txt (QGIS-Django plugins/validator.py).
REQUIRED_METADATA = (
    "name",
    "description",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "about",
    "tracker",
    "repository",
)


def _metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(REPO_ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def _qgis_process(profile, *args):
    process = subprocess.run(
        ["qgis_process.bin", *args], env=qgis_env(profile), capture_output=True, text=True, timeout=300
    )
    assert process.returncode == 0, f"qgis_process.bin {' '.join(args)} failed:\n{process.stdout}\n{process.stderr}"
    return process.stdout


@pytest.fixture(scope="module")
def repository(tmp_path_factory):
    """dist/ built by dev/package.py and served over HTTP on 127.0.0.1, like a plugin repository."""
    dist = tmp_path_factory.mktemp("dist")

    def respond(request):
        path = dist / request.path.lstrip("/")
        if request.path == "/" or not path.is_file():
            return Reply(404, b"not found", content_type="text/plain")
        types = {".xml": "application/xml", ".zip": "application/zip", ".svg": "image/svg+xml"}
        return Reply(200, path.read_bytes(), content_type=types.get(path.suffix, "application/octet-stream"))

    with LoopbackServer(respond) as server:
        for command in (
            [sys.executable, "dev/translations.py", "compile"],
            [sys.executable, "dev/package.py", "--dist", str(dist), "--download-url", server.url],
        ):
            process = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
            assert process.returncode == 0, f"{' '.join(command)} failed:\n{process.stdout}\n{process.stderr}"
        yield server, dist


@pytest.fixture(scope="module")
def package_zip(repository):
    _server, dist = repository
    return dist / f"{PLUGIN}-{_metadata()['version']}.zip"


def test_zip_has_one_plugin_folder_and_nothing_for_developers(package_zip):
    with zipfile.ZipFile(package_zip) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
        sources = {name: archive.read(name) for name in names if name.endswith(".py")}
        metadata_text = archive.read(f"{PLUGIN}/metadata.txt").decode("utf-8")

    assert {name.split("/")[0] for name in names} == {PLUGIN}
    assert not [name for name in names if NOT_SHIPPED.search(name)]
    assert not [name for name in names if ".." in name or name.startswith("/")]
    for needed in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "requirements.txt",
        _metadata()["icon"],
        "resources/i18n/foodaccess_fr.qm",
    ):
        assert f"{PLUGIN}/{needed}" in names, f"{needed} is missing from the zip"
    for name, source in sources.items():
        compile(source, name, "exec")  # raises SyntaxError for a broken module

    # Everything the plugin runs on is shipped (nothing over-excluded).
    for folder in ("core", "plugin", "processing", "resources"):
        for path in (REPO_ROOT / folder).rglob("*"):
            relative = path.relative_to(REPO_ROOT).as_posix()
            if path.is_file() and not NOT_SHIPPED.search(f"{PLUGIN}/{relative}"):
                assert f"{PLUGIN}/{relative}" in names, f"{relative} is not shipped"

    # Read as plugins.qgis.org reads it: ConfigParser's default interpolation (a lone % fails the upload).
    parser = configparser.ConfigParser()
    parser.optionxform = str
    parser.read_string(metadata_text)
    uploaded = dict(parser.items("general"))
    missing = [key for key in REQUIRED_METADATA if not uploaded.get(key, "").strip()]
    assert not missing, f"plugins.qgis.org requires these metadata.txt fields: {missing}"
    assert "/" not in uploaded["author"]
    for key in ("homepage", "tracker", "repository"):
        url = urlparse(uploaded[key])
        assert url.scheme == "https" and url.netloc, f"{key} is not a web address: {uploaded[key]}"
    assert f"{PLUGIN}/{uploaded['icon']}" in names
    assert uploaded["hasProcessingProvider"] == "yes"
    assert uploaded["category"] in ("Raster", "Vector", "Database", "Mesh", "Web")  # the PyQGIS cookbook's list
    assert uploaded["qgisMinimumVersion"] == "3.22"


def test_repository_index_describes_the_zip(repository, package_zip):
    server, dist = repository
    metadata = _metadata()
    plugin = ET.parse(dist / "plugins.xml").getroot().find("pyqgis_plugin")
    assert plugin.get("name") == metadata["name"] and plugin.get("version") == metadata["version"]
    assert plugin.findtext("version") == metadata["version"]
    assert plugin.findtext("download_url") == f"{server.url}/{package_zip.name}"
    # QGIS takes the plugin id from <file_name> up to its first dot.
    assert plugin.findtext("file_name").partition(".")[0] == PLUGIN
    assert plugin.findtext("qgis_minimum_version").startswith(metadata["qgisMinimumVersion"])
    for tag in (
        "description",
        "about",
        "homepage",
        "icon",
        "author_name",
        "uploaded_by",
        "create_date",
        "update_date",
        "experimental",
        "deprecated",
        "tracker",
        "repository",
        "tags",
        "trusted",
    ):
        assert plugin.find(tag) is not None, f"<{tag}> is missing"
    assert plugin.findtext("experimental") == str(metadata.getboolean("experimental"))


def test_installs_from_the_repository_and_qgis_process_lists_every_algorithm(repository, tmp_path, qgis_app):
    server, _dist = repository
    profile = tmp_path / "profile"
    installed = plugin_session(profile, "install", f"{server.url}/plugins.xml")

    assert installed["error"] == "", installed["error"]
    assert installed["available"]["version_available"] == _metadata()["version"]
    plugins_dir = profile / "profiles" / "default" / "python" / "plugins"
    assert (plugins_dir / PLUGIN / "metadata.txt").is_file()
    assert not (plugins_dir / PLUGIN / "tests").exists()
    zip_path = f"/{PLUGIN}-{_metadata()['version']}.zip"
    assert [request.path for request in server.requests][-2:] == ["/plugins.xml", zip_path]

    _qgis_process(profile, "plugins", "enable", PLUGIN)
    listed = json.loads(_qgis_process(profile, "list", "--json"))["providers"]
    assert PLUGIN in listed, f"the provider is not loaded: {sorted(listed)}"
    names = provider_algorithm_names()
    assert sorted(listed[PLUGIN]["algorithms"]) == [f"{PLUGIN}:{name}" for name in names]

    problems = []  # all of them at once: each algorithm's owner sees theirs
    helps = {name: _qgis_process(profile, "help", f"{PLUGIN}:{name}") for name in names}
    for name, text in helps.items():
        description = text.split("Description\n----------------\n", 1)[1].split("\n----------------\n", 1)[0]
        if not description.strip():
            problems.append(f"{name}: qgis_process help shows no help text")
        arguments = text.split("Arguments\n----------------\n", 1)[1].split("\n----------------\n", 1)[0]
        lines = arguments.splitlines()
        for line_with_name, next_line in zip(lines, lines[1:]):
            if re.match(r"^[A-Z_0-9]+: ", line_with_name) and next_line.strip().startswith("Argument type"):
                problems.append(f"{name}: parameter {line_with_name.split(':')[0]} has no help")
    for cls in ALGORITHM_CLASSES:  # the Python algorithms' help comes from resources/help, in both languages
        for language in ("en", "fr"):
            if not (plugins_dir / PLUGIN / "resources" / "help" / f"{cls.NAME}.{language}.html").is_file():
                problems.append(f"{cls.NAME}: no resources/help/{cls.NAME}.{language}.html")
        help_html = help_text(cls.NAME, "en").strip()
        if not help_html or help_html[:80] not in helps[cls.NAME]:
            problems.append(f"{cls.NAME}: qgis_process help does not show resources/help/{cls.NAME}.en.html")
    assert not problems, "\n".join(problems)


def test_renamed_or_second_copy_gives_a_message_not_a_crash(package_zip, tmp_path, qgis_app):
    profile = tmp_path / "profile"
    plugins_dir = profile / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    # A ZIP downloaded from the code repository unpacks as foodaccess-main/.
    with zipfile.ZipFile(package_zip) as archive:
        archive.extractall(tmp_path / "unpacked")
    shutil.copytree(tmp_path / "unpacked" / PLUGIN, plugins_dir / f"{PLUGIN}-main")

    renamed = plugin_session(profile, "start", f"{PLUGIN}-main")
    assert renamed["started"] == [f"{PLUGIN}-main"] and renamed["providers"] == 1
    warnings = [text for level, text in renamed["bar"] if level == "warning"]
    assert any(f"{PLUGIN}-main" in text and "plugin repository" in text for text in warnings), renamed["bar"]

    shutil.copytree(tmp_path / "unpacked" / PLUGIN, plugins_dir / PLUGIN)
    both = plugin_session(profile, "start", PLUGIN, f"{PLUGIN}-main")
    assert both["started"] == [PLUGIN, f"{PLUGIN}-main"], "both copies must load without error"
    assert both["providers"] == 1 and both["toolbars"] == 1
    assert any("Another copy of Food Access" in text for level, text in both["bar"] if level == "warning"), both["bar"]

    for folder in (PLUGIN, f"{PLUGIN}-main"):
        _qgis_process(profile, "plugins", "enable", folder)
    listed = json.loads(_qgis_process(profile, "list", "--json"))["providers"]
    assert sorted(listed[PLUGIN]["algorithms"]) == [f"{PLUGIN}:{name}" for name in provider_algorithm_names()]
