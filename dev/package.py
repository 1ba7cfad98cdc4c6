#!/usr/bin/env python3
"""Build the plugin zip and the plugin repository index that describes it.

    dev/package.py [--download-url URL] [--dist DIR]

writes ``DIR/foodaccess-<version>.zip`` (single top folder ``foodaccess/``,
whatever the checkout folder is called; no tests, caches or development
files; with the compiled translations) and ``DIR/plugins.xml`` in the format
plugins.qgis.org serves, so that QGIS's plugin manager can install the zip
from any web server. ``--download-url`` (or ``FOODACCESS_DOWNLOAD_URL``) is
the URL under which DIR is served; the index points at the zip and icon there.
"""

import argparse
import configparser
import datetime
import os
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "foodaccess"
DEFAULT_DOWNLOAD_URL = "https://github.com/foodaccess/foodaccess/releases/latest/download"

# Development, build and test files: never shipped (anything starting with "." is skipped too).
EXCLUDED_TOP_LEVEL = {
    "dev",
    "docs",
    "tests",
    "build",
    "dist",
    "out",
    "Makefile",
    "pytest.ini",
    "ruff.toml",
    "requirements-dev.txt",
}
EXCLUDED_NAMES = {"__pycache__", "__MACOSX"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", ".orig", ".rej", ".swp"}
EXCLUDED_ENDINGS = ("-wal", "-shm", "-journal")  # SQLite side files of an open GeoPackage


def read_metadata(root=ROOT):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive (qgisMinimumVersion)
    parser.read(root / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def shipped_files(root=ROOT):
    """Relative paths of the files that go into the plugin zip, sorted."""
    files = []
    for folder, dirs, names in os.walk(root):
        relative_folder = Path(folder).relative_to(root)
        top_level = relative_folder == Path(".")
        dirs[:] = sorted(
            name
            for name in dirs
            if not name.startswith(".")
            and name not in EXCLUDED_NAMES
            and not (top_level and name in EXCLUDED_TOP_LEVEL)
        )
        for name in sorted(names):
            if name.startswith(".") or Path(name).suffix in EXCLUDED_SUFFIXES or name.endswith(EXCLUDED_ENDINGS):
                continue
            if top_level and name in EXCLUDED_TOP_LEVEL:
                continue
            files.append(relative_folder / name)
    return files


def check_translations(root=ROOT):
    """Every .ts source has a compiled, up-to-date .qm (built by ``make translations``)."""
    stale = []
    for source in sorted((root / "resources" / "i18n").glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale.append(compiled.name)
    if stale:
        sys.exit(f"package: missing or stale translations {', '.join(stale)}: run 'make translations' first.")


def build_zip(zip_path, root=ROOT):
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in shipped_files(root):
            archive.write(root / relative, f"{PACKAGE}/{relative.as_posix()}")


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def flag(metadata, key):
    """A metadata.txt boolean as plugins.qgis.org writes it: True or False."""
    return str(metadata.get(key, "False").strip().lower() in ("true", "yes", "1"))


def full_version(version):
    """plugins.qgis.org writes QGIS versions with three parts (3.22 -> 3.22.0)."""
    parts = version.split(".")
    return ".".join(parts + ["0"] * (3 - len(parts)))


def repository_index(metadata, zip_name, icon_name, download_url, date):
    """plugins.xml as plugins.qgis.org serves it (template plugins/templates/plugins/plugins.xml).

    QGIS derives the plugin id from <file_name> up to its first dot, hence
    ``foodaccess.<version>.zip`` there (the name plugins.qgis.org gives) while
    <download_url> points at the real file.
    """
    version = metadata["version"]
    base = download_url.rstrip("/")
    fields = [
        ("description", cdata(metadata["description"])),
        ("about", cdata(metadata.get("about", ""))),
        ("version", escape(version)),
        ("trusted", "False"),
        ("qgis_minimum_version", full_version(metadata["qgisMinimumVersion"])),
        ("qgis_maximum_version", full_version(metadata.get("qgisMaximumVersion", "3.99"))),
        ("homepage", cdata(metadata.get("homepage", ""))),
        ("file_name", f"{PACKAGE}.{escape(version)}.zip"),
        ("icon", escape(f"{base}/{icon_name}")),
        ("author_name", cdata(metadata["author"])),
        ("download_url", escape(f"{base}/{zip_name}")),
        ("uploaded_by", cdata(metadata["author"])),
        ("create_date", date),
        ("update_date", date),
        ("experimental", flag(metadata, "experimental")),
        ("deprecated", flag(metadata, "deprecated")),
        ("tracker", cdata(metadata.get("tracker", ""))),
        ("repository", cdata(metadata.get("repository", ""))),
        ("tags", cdata(",".join(tag.strip() for tag in metadata.get("tags", "").split(",") if tag.strip()))),
        ("downloads", "0"),
        ("average_vote", "0"),
        ("rating_votes", "0"),
        ("external_dependencies", escape(metadata.get("plugin_dependencies", ""))),
        ("server", flag(metadata, "server")),
    ]
    lines = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        "<plugins>",
        # No plugin_id: that is plugins.qgis.org's database id, which QGIS uses to send votes.
        f"    <pyqgis_plugin name={quoteattr(metadata['name'])} version={quoteattr(version)}>",
    ]
    lines += [f"        <{tag}>{value}</{tag}>" for tag, value in fields]
    lines += ["    </pyqgis_plugin>", "</plugins>", ""]
    return "\n".join(lines)


def build_date():
    """SOURCE_DATE_EPOCH (reproducible builds) or now, as plugins.qgis.org writes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch
        else datetime.datetime.now(datetime.timezone.utc)
    )
    return moment.replace(tzinfo=None).isoformat()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--download-url",
        default=os.environ.get("FOODACCESS_DOWNLOAD_URL", DEFAULT_DOWNLOAD_URL),
        help="URL under which the dist folder is served (default: %(default)s)",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)

    check_translations()
    metadata = read_metadata()
    args.dist.mkdir(parents=True, exist_ok=True)
    zip_name = f"{PACKAGE}-{metadata['version']}.zip"
    zip_path = args.dist / zip_name
    build_zip(zip_path)
    icon = ROOT / metadata["icon"]
    icon_name = f"{PACKAGE}{icon.suffix}"
    shutil.copyfile(icon, args.dist / icon_name)
    index = repository_index(metadata, zip_name, icon_name, args.download_url, build_date())
    (args.dist / "plugins.xml").write_text(index, encoding="utf-8")
    print(f"package: {zip_path} ({zip_path.stat().st_size // 1024} KiB) and {args.dist / 'plugins.xml'}")


if __name__ == "__main__":
    main()
