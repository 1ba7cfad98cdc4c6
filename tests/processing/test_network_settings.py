"""The proxy set in QGIS (Settings ▸ Options ▸ Network) carries the plugin's Overpass and
geocoder requests: a real forwarding HTTP proxy on 127.0.0.1 records what went through it.

The algorithms run in a QGIS of their own (a subprocess) with a throwaway profile: QGIS
settings and authentication configurations written in the profile the test session shares
(pytest-qgis's .qgis-settings) would reach every other QGIS process using it meanwhile.
"""

import base64
import http.client
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
from overpass_replay import OverpassReplay, read_pbf, replay_server
from qgis.core import QgsProcessingException, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QSettings
from qpv_replay import zip_reply
from servers import LoopbackServer, Reply

from foodaccess.processing.network_settings import qgis_proxies, url_list
from foodaccess.tests.geocoder_replay import DIRECTORY_HEADER, DIRECTORY_ROWS, MARSEILLE, GeocoderReplay, write_csv

MONACO_EXTENT = "7.40,7.44,43.72,43.76 [EPSG:4326]"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"  # qgis_session.start_qgis()
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}


def forward(request):
    """What a proxy does: send the request on to the server its Host header names and
    answer with that server's reply."""
    headers = {key: value for key, value in request.headers.items() if key.lower() not in HOP_BY_HOP}
    connection = http.client.HTTPConnection(request.headers["Host"], timeout=30)
    path = request.path + ("?" + urlencode(request.query) if request.query else "")
    connection.request(request.method, path, body=request.body or None, headers=headers)
    answer = connection.getresponse()
    body = answer.read()
    connection.close()
    passed = {
        key: value
        for key, value in answer.getheaders()
        if key.lower() not in HOP_BY_HOP | {"content-length", "content-type", "date", "server"}
    }
    return Reply(answer.status, body, passed, answer.getheader("Content-Type", ""))


def forwarding_proxy():
    """An HTTP proxy on 127.0.0.1; its ``requests`` are what went through it."""
    return LoopbackServer(forward)


def port_of(server):
    return server.url.rsplit(":", 1)[1]


def forwarded(proxy):
    """(method, URL, Proxy-Authorization) of each request the proxy forwarded."""
    return [
        (request.method, f"http://{request.headers['Host']}{request.path}", request.headers.get("Proxy-Authorization"))
        for request in proxy.requests
    ]


ISOLATED_RUN = """
import json, sys
from qgis_session import start_qgis
start_qgis()
import processing
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings
request = json.loads(sys.argv[1])
proxy = request["proxy"]
if request.get("auth"):  # an authentication configuration holding the proxy's user and password
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("test-master-password", True)
    config = QgsAuthMethodConfig()
    config.setMethod("Basic")
    config.setName("proxy of the administration")
    for key, value in request["auth"].items():
        config.setConfig(key, value)
    stored = manager.storeAuthenticationConfig(config)
    assert (stored[0] if isinstance(stored, tuple) else stored) and config.id()
    proxy["authcfg"] = config.id()
settings = QgsSettings()
for key, value in proxy.items():
    settings.setValue("proxy/" + key, value)
results = processing.run("foodaccess:" + request["algorithm"], request["parameters"])
print(json.dumps({key: str(value) for key, value in results.items()}))
"""


def run_with_qgis_proxy(tmp_path, algorithm, parameters, proxy, system_proxy=None, auth=None):
    """Run ``algorithm`` in a QGIS whose network settings are ``proxy`` (QgsSettings keys under
    proxy/), with HTTP_PROXY = ``system_proxy`` (or none) in its environment."""
    environment = {key: value for key, value in os.environ.items() if key.upper() not in PROXY_VARIABLES}
    environment.pop("QGIS_OPTIONS_PATH", None)  # pytest-qgis's: it would bring back the shared profile
    environment.update(
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, (str(BENCHMARKS), environment.get("PYTHONPATH")))),
    )
    if system_proxy:
        environment["HTTP_PROXY"] = system_proxy
    request = {"algorithm": algorithm, "parameters": parameters, "proxy": proxy, "auth": auth}
    completed = subprocess.run(
        [sys.executable, "-P", "-c", ISOLATED_RUN, json.dumps(request)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def replay(monaco_pbf):
    return OverpassReplay(read_pbf(monaco_pbf))


def outlet_count(path):
    layer = QgsVectorLayer(str(path), "outlets", "ogr")
    assert layer.isValid()
    return layer.featureCount()


def fetch(tmp_path, server, proxy, system_proxy=None, auth=None):
    parameters = {
        "EXTENT": MONACO_EXTENT,
        "USE_CACHE": False,
        "OVERPASS_URL": server.url + "/api/interpreter",
        "OUTPUT": str(tmp_path / "outlets.gpkg"),
    }
    return run_with_qgis_proxy(tmp_path, "fetchoutlets", parameters, proxy, system_proxy, auth)


def proxy_login(forwarded):
    """The user and password of a Proxy-Authorization: Basic header (latin-1, as requests sends it)."""
    return base64.b64decode(forwarded[2].split()[1]).decode("latin-1")


@pytest.mark.slow
def test_overpass_goes_through_the_qgis_proxy_with_its_credentials(replay, tmp_path):
    with forwarding_proxy() as proxy, replay_server(replay) as server:
        fetch(
            tmp_path,
            server,
            {
                "proxyEnabled": True,
                "proxyType": "HttpProxy",
                "proxyHost": "127.0.0.1",
                "proxyPort": port_of(proxy),
                "proxyUser": "agent.dupont",
                "proxyPassword": "p@ss:wörd/1",
            },
        )
    assert len(server.requests) == 1
    assert [(method, url) for method, url, _auth in forwarded(proxy)] == [("POST", server.url + "/api/interpreter")]
    assert proxy_login(forwarded(proxy)[0]) == "agent.dupont:p@ss:wörd/1"
    assert outlet_count(tmp_path / "outlets.gpkg") > 20  # the answer came back through the proxy


@pytest.mark.slow
def test_proxy_credentials_from_an_authentication_configuration(replay, tmp_path):
    with forwarding_proxy() as proxy, replay_server(replay) as server:
        fetch(
            tmp_path,
            server,
            {
                "proxyEnabled": True,
                "proxyType": "HttpProxy",
                "proxyHost": "127.0.0.1",
                "proxyPort": port_of(proxy),
                "proxyUser": "ignored",
            },
            auth={"username": "DOMAINE\\agent", "password": "s3cret"},
        )
    assert len(forwarded(proxy)) == 1 and proxy_login(forwarded(proxy)[0]) == "DOMAINE\\agent:s3cret"


@pytest.mark.slow
def test_geocoder_goes_through_the_qgis_proxy(tmp_path):
    rows = [DIRECTORY_ROWS[0][0], DIRECTORY_ROWS[2][0]]
    directory = write_csv(tmp_path / "annuaire.csv", DIRECTORY_HEADER, rows, "utf-8")
    with forwarding_proxy() as proxy, GeocoderReplay(MARSEILLE) as geocoder:
        results = run_with_qgis_proxy(
            tmp_path,
            "importdirectory",
            {
                "INPUT": directory,
                "NAME_FIELD": "Nom",
                "ADDRESS_FIELDS": ["Adresse", "Code postal", "Ville"],
                "GEOCODER_URL": geocoder.url,
                "OUTPUT": str(tmp_path / "o.gpkg"),
                "UNMATCHED": str(tmp_path / "u.gpkg"),
            },
            {
                "proxyEnabled": True,
                "proxyType": "HttpCachingProxy",
                "proxyHost": "127.0.0.1",
                "proxyPort": int(port_of(proxy)),
            },
        )
    assert len(geocoder.requests) == 2
    assert [url.split("?")[0] for _method, url, _auth in forwarded(proxy)] == [geocoder.url + "/search"] * 2
    assert all(auth is None for _method, _url, auth in forwarded(proxy))  # no user set: no credentials sent
    assert outlet_count(results["OUTPUT"]) == 2


@pytest.mark.slow
def test_priority_areas_download_goes_through_the_qgis_proxy(tmp_path):
    with forwarding_proxy() as proxy, LoopbackServer(zip_reply) as portal:
        url = portal.url + "/fr/datasets/r/qpv-2024-through-proxy"
        results = run_with_qgis_proxy(
            tmp_path,
            "fetchpriorityareas",
            {
                "URL": url,
                "COMMUNES": "13055",
                "OUTPUT": str(tmp_path / "qpv.gpkg"),
            },
            {"proxyEnabled": True, "proxyType": "HttpProxy", "proxyHost": "127.0.0.1", "proxyPort": port_of(proxy)},
        )
    assert [(method, address) for method, address, _auth in forwarded(proxy)] == [("GET", url)]
    assert len(portal.requests) == 1
    assert outlet_count(results["OUTPUT"]) == 3  # the three Marseille QPVs of the replay


@pytest.mark.slow
def test_no_proxy_urls_go_direct_even_with_a_system_proxy(replay, tmp_path):
    with forwarding_proxy() as qgis_proxy, forwarding_proxy() as system_proxy, replay_server(replay) as server:
        fetch(
            tmp_path,
            server,
            {
                "proxyEnabled": True,
                "proxyType": "HttpProxy",
                "proxyHost": "127.0.0.1",
                "proxyPort": port_of(qgis_proxy),
                "noProxyUrls": ["https://intranet.example", server.url],
            },
            system_proxy.url,
        )
    assert len(server.requests) == 1 and forwarded(qgis_proxy) == [] and forwarded(system_proxy) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "settings",
    [
        {"proxyEnabled": False, "proxyType": "HttpProxy"},
        {"proxyEnabled": True, "proxyType": "DefaultProxy"},
        {"proxyEnabled": True, "proxyType": "HttpProxy", "proxyExcludedUrls": "{server}|https://intranet.example"},
    ],
    ids=["proxy-off", "system-proxy", "excluded-url"],
)
def test_qgis_leaves_these_to_the_system_proxy(replay, tmp_path, settings):
    with forwarding_proxy() as qgis_proxy, forwarding_proxy() as system_proxy, replay_server(replay) as server:
        values = {
            key: value.format(server=server.url) if isinstance(value, str) else value for key, value in settings.items()
        }
        fetch(
            tmp_path, server, {"proxyHost": "127.0.0.1", "proxyPort": port_of(qgis_proxy), **values}, system_proxy.url
        )
    assert forwarded(qgis_proxy) == []
    assert [url for _method, url, _auth in forwarded(system_proxy)] == [server.url + "/api/interpreter"]


def private_settings(tmp_path, **values):
    """QgsSettings in a file of this test's own, not the shared profile."""
    settings = QgsSettings(str(tmp_path / "qgis.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        settings.setValue(f"proxy/{key}", value)
    return settings


def test_socks5_without_pysocks_is_a_clear_error(qgis_app, tmp_path):
    try:
        import socks  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("PySocks is installed here: the SOCKS5 proxy would be used")
    settings = private_settings(
        tmp_path, proxyEnabled=True, proxyType="Socks5Proxy", proxyHost="127.0.0.1", proxyPort="1080"
    )
    with pytest.raises(QgsProcessingException, match="SOCKS5 proxy.*PySocks"):
        qgis_proxies("https://overpass-api.de/api/interpreter", settings)


def test_proxy_urls_from_the_settings(qgis_app, tmp_path):
    settings = private_settings(
        tmp_path,
        proxyEnabled=True,
        proxyType="HttpProxy",
        proxyHost="fe80::1",
        proxyPort="3128",
        noProxyUrls=["https://data.geopf.fr"],
    )
    assert qgis_proxies("https://overpass-api.de/api/interpreter", settings) == {
        "http": "http://[fe80::1]:3128",
        "https": "http://[fe80::1]:3128",
    }
    assert qgis_proxies("https://data.geopf.fr/geocodage", settings) == {"http": None, "https": None, "all": None}
    settings.setValue("proxy/proxyType", "FtpCachingProxy")  # QGIS uses it for FTP only
    assert qgis_proxies("https://overpass-api.de/api/interpreter", settings) is None


def test_url_lists_in_both_storage_forms():
    assert url_list(["http://a ", "", "http://b"]) == ["http://a", "http://b"]
    assert url_list("http://a|http://b") == ["http://a", "http://b"]  # QGIS 2 stored "|"-joined text
    assert url_list(None) == [] and url_list("") == []
