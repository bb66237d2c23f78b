"""The HTTP layer both the Drive destination and the sign-in use: the API root, the scope,
an authorized ``httplib2`` connection and the Drive v3 client built from the bundled
discovery document. It imports neither ``gdrive`` nor ``google_auth``, so those two do not
import each other.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import httplib2

DEFAULT_ROOT = "https://www.googleapis.com/"
SCOPE = "https://www.googleapis.com/auth/drive.appdata"


def normalize_root(api_root: str) -> str:
    """``api_root`` with exactly one trailing slash."""
    return api_root if api_root.endswith("/") else api_root + "/"


def make_http(credentials: Any, timeout: float) -> Any:
    """An AuthorizedHttp that refreshes tokens, with a socket timeout and no 308 redirects."""
    import google_auth_httplib2

    raw = httplib2.Http(timeout=timeout)
    # 308 means "resume incomplete" to the upload protocol, not a redirect.
    raw.redirect_codes = raw.redirect_codes - {308}
    return google_auth_httplib2.AuthorizedHttp(credentials, http=raw)


def build_service(api_root: str, http: Any) -> Any:
    """The Drive v3 client from the bundled discovery document, pointed at ``api_root``."""
    from googleapiclient.discovery import build_from_document

    root = normalize_root(api_root)
    doc = json.loads(
        resources.files("googleapiclient").joinpath("discovery_cache/documents/drive.v3.json").read_text()
    )
    # Media URLs come from rootUrl with only host:port swapped, so rewrite it for a local root.
    doc["rootUrl"] = root
    doc["mtlsRootUrl"] = root
    doc["baseUrl"] = root + doc["servicePath"]
    return build_from_document(doc, http=http, client_options={"api_endpoint": root + doc["servicePath"]})
