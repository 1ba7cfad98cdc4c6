"""The proxy the user set in QGIS (Settings ▸ Options ▸ Network), for the plugin's
``requests`` calls (Overpass, the geocoder, the QPV download: core/http.py).

``requests`` only knows the system proxy variables (HTTP_PROXY, HTTPS_PROXY,
NO_PROXY), while users behind an administration's proxy set it in QGIS. This
module reads QGIS's own keys (the ones QgsNetworkAccessManager reads, the same
in QGIS 3.22 and 3.40) and answers the ``proxies`` argument that makes
``requests`` reach a URL the way QGIS would:

- proxy off, or type "DefaultProxy" (QGIS follows the system): None, so requests
  keeps using the system proxy variables;
- the URL starts with an entry of "No proxy for URLs" (``proxy/noProxyUrls``): direct;
- it starts with an entry of the older ``proxy/proxyExcludedUrls``: the system
  proxy, as QGIS does for them;
- otherwise the HTTP (or SOCKS5) proxy, with its user and password, or those of
  the authentication configuration ``proxy/authcfg``.
"""

from qgis.core import QgsApplication, QgsProcessingException, QgsSettings
from qgis.PyQt.QtNetwork import QNetworkProxy

from ..core import http
from ..i18n import tr
from .deps import missing_packages

# QGIS's proxy types -> the scheme of the proxy address requests is given.
SCHEMES = {"HttpProxy": "http", "HttpCachingProxy": "http", "Socks5Proxy": "socks5h"}


def url_list(value):
    """A QGIS URL-list setting: a string list, or the "|"-joined text older versions stored."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.split("|")
    return [str(item).strip() for item in value if str(item).strip()]


def _credentials(settings):
    user = settings.value("proxy/proxyUser", "") or ""
    password = settings.value("proxy/proxyPassword", "") or ""
    authcfg = settings.value("proxy/authcfg", "") or ""
    if authcfg:
        proxy = QNetworkProxy()
        updated = QgsApplication.authManager().updateNetworkProxy(proxy, authcfg)
        if isinstance(updated, tuple):  # PyQGIS returns (ok, proxy) for this in/out argument
            updated, proxy = updated
        if updated:
            user, password = proxy.user(), proxy.password()
    return str(user), str(password)


def qgis_proxies(url, settings=None):
    """The ``proxies`` argument of requests for reaching ``url`` through the QGIS proxy
    settings; None when QGIS leaves the choice to the system."""
    settings = settings or QgsSettings()
    if not settings.value("proxy/proxyEnabled", False, type=bool):
        return None
    if any(url.startswith(prefix) for prefix in url_list(settings.value("proxy/noProxyUrls", []))):
        return dict(http.DIRECT)
    if any(url.startswith(prefix) for prefix in url_list(settings.value("proxy/proxyExcludedUrls", []))):
        return None
    scheme = SCHEMES.get(settings.value("proxy/proxyType", "DefaultProxy") or "DefaultProxy")
    host = str(settings.value("proxy/proxyHost", "") or "").strip()
    if scheme is None or not host:
        return None  # the system proxy (DefaultProxy), or a proxy for FTP only
    if scheme == "socks5h" and missing_packages(["socks"]):
        raise QgsProcessingException(
            tr(
                "QGIS is set to use a SOCKS5 proxy, which needs the Python package PySocks in QGIS's Python "
                "(pip install PySocks; Debian/Ubuntu: apt install python3-socks). Install it and restart QGIS, or "
                "choose an HTTP proxy in Settings > Options > Network."
            )
        )
    port = str(settings.value("proxy/proxyPort", "") or "").strip()
    user, password = _credentials(settings)
    return http.proxy_mapping(scheme, host, port, user, password)


def request_proxies(url, feedback):
    """``qgis_proxies(url)``, telling the log which proxy (never its password) is used."""
    proxies = qgis_proxies(url)
    address = http.shown_proxy(proxies)
    if address:
        feedback.pushInfo(tr("Through the proxy set in QGIS: {}.").format(address))
    return proxies
