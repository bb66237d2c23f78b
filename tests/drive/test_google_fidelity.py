"""The app against the emulator doing what Google documents (docs/DRIVE.md, "What the emulator
does as Google documents it, and where it differs"): real HTTP on 127.0.0.1 throughout.

* the ``q`` grammar: names with ``'``, ``\\`` and non-ASCII, quoted as "Search query terms"
  says; ``name contains`` is a prefix match;
* resumable uploads broken off at each point and resumed per "Upload file data" (a status
  query with ``Content-Range: bytes */N``, a 308 with and without ``Range``, a session gone:
  start again);
* listings paged at Google's limits (``pageSize`` 1..1000, partial and empty pages);
* which errors are retried ("Resolve errors") and which fail at once with a clear, translated
  message;
* the consent screen with the Drive scope unticked (granular consent: Google grants a token
  without it), and a refresh token that expired or was revoked (``invalid_grant``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import urllib.error
import urllib.parse
import urllib.request

import pytest
from google.oauth2.credentials import Credentials

from backupgui.destinations import google_auth
from backupgui.destinations.gdrive import ADMIN_REFUSED, SCOPE_MISSING, GoogleDriveDestination
from backupgui.destinations.gdrive_http import SCOPE
from backupgui.destinations.google_auth import SignInError
from backupgui.errors import AdminPolicyError, DestinationError, DestinationFullError
from backupgui.services.drive_emulator import Fault

from .conftest import TOKEN
from .test_auth import Browser, client_secret, real_keyring, secret_service  # noqa: F401 - fixtures

KiB = 1024
UNIT = 256 * KiB


def _raw(emulator, path: str, params: dict[str, str], token: str = TOKEN) -> tuple[int, dict]:
    url = emulator.root_url + path + "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def _data_puts(emulator) -> list[str]:
    """The Content-Range of every chunk PUT that carried bytes, in order."""
    return [e["content_range"] for e in emulator.requests
            if e["category"] == "upload-chunk" and e["content_range"]
            and not e["content_range"].startswith("bytes */")]


# ---- the q grammar --------------------------------------------------------------------------
NAMES = ["Bob's backups", "back\\slash", "both \\' and '\\", "Ünïcödé 日本語 محادثات", "it''s"]


@pytest.mark.parametrize("folder", NAMES)
def test_a_folder_name_with_quotes_backslashes_and_non_ascii_is_found_again(make_dest, emulator, folder):
    """``--drive-folder NAME`` goes into ``name = '...'`` quoted as Google says (``\\'`` and
    ``\\\\``): the second open finds the folder the first made, not a new one."""
    first = make_dest(folder=folder)
    first.put("sets/a/config", b"one")
    second = make_dest(folder=folder)
    assert second._parent == first._parent
    assert [o.name for o in second.list()] == ["sets/a/config"]
    folders = [f for f in emulator.store.all_views()
               if f["mimeType"] == "application/vnd.google-apps.folder"]
    assert [f["name"] for f in folders] == [folder]


def test_the_emulator_reads_googles_own_example_of_escaping(emulator, make_dest):
    dest = make_dest()
    dest.put("quinn's paper\\essay", b"x")
    status, page = _raw(emulator, "drive/v3/files", {
        "spaces": "appDataFolder", "q": "name = 'quinn\\'s paper\\\\essay'", "fields": "files(name)"})
    assert status == 200 and page["files"] == [{"name": "quinn's paper\\essay"}]
    # An unescaped quote ends the string: the rest is not a query.
    status, err = _raw(emulator, "drive/v3/files", {"spaces": "appDataFolder",
                                                    "q": "name = 'quinn's paper'"})
    assert status == 400 and err["error"]["errors"][0]["location"] == "q"


def test_name_contains_is_a_prefix_match_as_google_documents(emulator, make_dest):
    dest = make_dest()
    dest.put("HelloWorld", b"x")
    dest.put("say Hello", b"y")

    def names(term: str) -> list[str]:
        status, page = _raw(emulator, "drive/v3/files", {
            "spaces": "appDataFolder", "q": f"name contains '{term}'", "fields": "files(name)"})
        assert status == 200
        return sorted(f["name"] for f in page["files"])

    assert names("Hello") == ["HelloWorld", "say Hello"]
    assert names("hello") == ["HelloWorld", "say Hello"]
    assert names("World") == []  # (a substring matched before)
    assert names("ay") == []


# ---- resumable uploads ----------------------------------------------------------------------
SIZE = 5 * UNIT + 1000  # six chunks of 256 KiB (the last short)
INTERRUPTIONS = {
    "session start cut off": Fault("reset-request", match="upload-start", cut=0.5),
    "session start answer lost": Fault("reset-response", match="upload-start", cut=0.0),
    "first chunk cut off": Fault("reset-request", match="upload-chunk", cut=0.3),
    "third chunk cut off": Fault("reset-request", match="upload-chunk", skip=2, cut=0.7),
    "third chunk's answer lost": Fault("reset-response", match="upload-chunk", skip=2, cut=0.0),
    "last chunk cut off": Fault("reset-request", match="upload-chunk", skip=5, cut=0.9),
    "last chunk's answer lost (the file exists)": Fault("reset-response", match="upload-chunk",
                                                        skip=5, cut=0.0),
    "308 without Range (nothing of the first chunk kept)": Fault("keep-part", cut=0.0),
    "308 without Range (nothing of the fourth chunk kept)": Fault("keep-part", skip=3, cut=0.0),
    "308 keeping half a chunk": Fault("keep-part", skip=1, cut=0.5),
    "status query cut off": Fault("reset-request", match="upload-chunk", skip=2, cut=0.5),
    "5xx on a chunk": Fault("503", match="upload-chunk", skip=4),
    "session expired (404): start again": Fault("expire-session", skip=3),
}


@pytest.mark.parametrize("case", list(INTERRUPTIONS))
def test_a_resumable_upload_broken_off_at_each_point_ends_with_the_right_file(make_dest, emulator, case):
    fault = INTERRUPTIONS[case]
    if case == "status query cut off":  # the chunk fails first, then the status query after it
        emulator.add_faults(Fault("reset-request", match="upload-chunk", skip=2, cut=0.5),
                            Fault("reset-request", match="upload-chunk", cut=0.0))
    else:
        emulator.add_faults(fault)
    data = secrets.token_bytes(SIZE)
    dest = make_dest()
    dest.put("sets/a/data/pack", data)
    assert dest.read("sets/a/data/pack") == data
    files = [f for f in emulator.store.all_views() if f["name"] == "sets/a/data/pack"]
    assert len(files) == 1 and int(files[0]["size"]) == SIZE
    puts = _data_puts(emulator)
    # Every chunk but the last is a multiple of 256 KiB, and each starts where Drive said
    # it stands (never past it: the emulator answers 400 to a gap, which would fail here).
    for cr in puts:
        first, last = (int(x) for x in cr.split()[1].split("/")[0].split("-"))
        if last + 1 != SIZE:
            assert (last + 1 - first) % UNIT == 0, cr
    assert dest.journal.pending() == []


def test_a_308_without_range_means_nothing_was_kept_and_the_chunk_goes_again(make_dest, emulator):
    """"If the response doesn't have a Range header, no bytes have been received": the same
    chunk is sent again from 0, after a status query, not the next one."""
    emulator.add_faults(Fault("keep-part", cut=0.0))
    data = secrets.token_bytes(3 * UNIT)
    dest = make_dest()
    dest.put("sets/a/data/p", data)
    answers = [(e["content_range"], e["status"]) for e in emulator.requests
               if e["category"] == "upload-chunk"]
    assert answers[0] == (f"bytes 0-{UNIT - 1}/{3 * UNIT}", 308)
    assert answers[1] == (f"bytes */{3 * UNIT}", 308)  # what do you have? nothing
    assert answers[2][0] == f"bytes 0-{UNIT - 1}/{3 * UNIT}"
    assert dest.read("sets/a/data/p") == data


# ---- listings at Google's limits ------------------------------------------------------------
def test_the_emulator_refuses_a_page_size_over_googles_limit(emulator):
    for size in ("1001", "0", "-1", "x"):
        status, err = _raw(emulator, "drive/v3/files", {"spaces": "appDataFolder", "pageSize": size})
        assert status == 400 and err["error"]["errors"][0]["location"] == "pageSize", size
    assert _raw(emulator, "drive/v3/files", {"spaces": "appDataFolder", "pageSize": "1000"})[0] == 200
    status, err = _raw(emulator, "drive/v3/files", {"spaces": "appDataFolder", "pageToken": "3"})
    assert status == 400  # tokens are opaque: not an offset anyone can make up


def test_a_listing_over_a_thousand_files_pages_at_googles_limit(make_dest, emulator):
    dest = make_dest()
    dest.put("sets/a/config", b"c")
    template = emulator.store.all_views()[0]
    for i in range(1100):  # made in the store itself: a thousand uploads would take a while
        emulator.store.create({"name": f"sets/a/data/{i:04d}", "parents": template["parents"],
                               "appProperties": {"bg": "1", "d1": "sets", "d2": "sets/a",
                                                 "d3": "sets/a/data"}}, None, 0)
    emulator.clear_log()
    names = [o.name for o in make_dest().list("sets/a/")]
    assert len(names) == 1101 and names[0] == "sets/a/config"
    pages = [e for e in emulator.requests if e["category"] == "list" and "d2" in e["query"].get("q", "")]
    assert [p["query"]["pageSize"] for p in pages] == ["1000", "1000"]


def test_partial_and_empty_pages_before_the_end_are_followed(make_dest, emulator):
    """"Partial or empty result pages are possible even before the end of the files list
    has been reached": the listing goes on while there is a nextPageToken."""
    dest = make_dest()
    for i in range(12):
        dest.put(f"sets/a/index/{i:02d}", b"i")
    emulator.page_limit = 5
    emulator.add_faults(Fault("empty-page", skip=1, count=2))
    emulator.clear_log()
    names = [o.name for o in dest.list("sets/a/")]
    assert names == [f"sets/a/index/{i:02d}" for i in range(12)]
    assert sum(1 for e in emulator.requests if e["category"] == "list") == 5  # 5+0+0+5+2


# ---- errors: what is retried and what is not ------------------------------------------------
RETRIED = ["500", "502", "503", "429", "403-rate", "403-ratelimit"]
NOT_RETRIED = ["quota", "403-scope", "403-daily", "403-forbidden", "403-domain"]


@pytest.mark.parametrize("kind", RETRIED)
def test_errors_google_says_to_retry_are_retried_with_backoff(make_dest, emulator, fake_time, kind):
    dest = make_dest()
    emulator.add_faults(Fault(kind, match="list", count=2, retry_after=None))
    emulator.clear_log()
    assert dest.list() == []
    assert sum(1 for e in emulator.requests if e["category"] == "list") == 3
    assert len(fake_time.sleeps) == 2 and fake_time.sleeps[1] > fake_time.sleeps[0] > 0


@pytest.mark.parametrize("kind", NOT_RETRIED)
def test_errors_that_retrying_cannot_mend_fail_at_once(make_dest, emulator, fake_time, kind):
    dest = make_dest()
    dest.put("sets/a/config", b"kept")
    emulator.add_faults(Fault(kind, match="upload-start"))
    emulator.clear_log()
    with pytest.raises(DestinationError) as ei:
        dest.put("sets/a/data/p", secrets.token_bytes(UNIT))
    assert sum(1 for e in emulator.requests if e["category"] == "upload-start") == 1
    assert fake_time.sleeps == []
    if kind == "quota":
        assert isinstance(ei.value, DestinationFullError)
    if kind == "403-scope":
        assert str(ei.value) == SCOPE_MISSING and "tick" in ei.value.hint
    if kind == "403-domain":
        assert isinstance(ei.value, AdminPolicyError) and str(ei.value) == ADMIN_REFUSED
    else:
        assert not isinstance(ei.value, AdminPolicyError)
    assert dest.read("sets/a/config") == b"kept"


def test_a_workspace_whose_admin_turned_drive_apps_off_names_the_admin(qapp, make_dest, emulator,
                                                                        fake_time):
    """403 ``domainPolicy`` ("The domain administrators have disabled Drive apps."): not "refused
    the request" but whom to ask, in the person's language; not retried by the client, and the
    scheduler's short backoff leaves it alone too (only the admin can change it)."""
    from backupgui.automation.schedule import NO_RETRY_CODES
    from backupgui.ui import language

    emulator.add_faults(Fault("403-domain", match="about"))
    emulator.clear_log()
    with pytest.raises(AdminPolicyError) as ei:
        make_dest()
    assert sum(1 for e in emulator.requests if e["category"] == "about") == 1
    assert fake_time.sleeps == []
    assert "administrator" in str(ei.value) and "refused the request" not in str(ei.value)
    assert "administrator" in ei.value.hint
    assert ei.value.code in NO_RETRY_CODES
    for code in ("de", "ar"):
        language.install_language(code, qapp)
        try:
            said = language.translate_message(str(ei.value))
            hint = language.translate_message(ei.value.hint)
        finally:
            language.install_language("en", qapp)
        assert said != str(ei.value) and "Google" in said, code
        assert hint != ei.value.hint and "Google" in hint, code


def test_the_missing_permission_is_said_in_the_users_language(qapp, make_dest, emulator):
    from backupgui.ui import language

    emulator.add_faults(Fault("403-scope", match="about"))
    with pytest.raises(DestinationError) as ei:
        make_dest()
    language.install_language("de", qapp)
    try:
        said = language.translate_message(str(ei.value))
        hint = language.translate_message(ei.value.hint)
    finally:
        language.install_language("en", qapp)
    assert said != str(ei.value) and "Google Drive" in said
    assert hint != ei.value.hint


# ---- the consent screen with the Drive scope unticked ---------------------------------------
def _code_flow(emulator, scope: str) -> dict:
    """The installed-app flow by hand (PKCE S256): the token endpoint's answer."""
    cfg = emulator.client_config()["installed"]
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    q = urllib.parse.urlencode({"client_id": cfg["client_id"], "redirect_uri": "http://127.0.0.1:9/",
                                "response_type": "code", "state": "s", "scope": scope,
                                "code_challenge": challenge, "code_challenge_method": "S256"})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None

    with pytest.raises(urllib.error.HTTPError) as ei:
        urllib.request.build_opener(NoRedirect).open(cfg["auth_uri"] + "?" + q)
    back = urllib.parse.parse_qs(urllib.parse.urlsplit(ei.value.headers["Location"]).query)
    body = urllib.parse.urlencode({"grant_type": "authorization_code", "code": back["code"][0],
                                   "client_id": cfg["client_id"], "redirect_uri": "http://127.0.0.1:9/",
                                   "code_verifier": verifier}).encode()
    with urllib.request.urlopen(cfg["token_uri"], data=body) as resp:
        answer = json.loads(resp.read())
    assert back["scope"] == [answer["scope"]]  # the redirect says what was granted, too
    return answer


def test_the_emulator_grants_what_was_left_ticked_and_drive_refuses_the_rest(emulator):
    emulator.unticked_scopes = {SCOPE}
    answer = _code_flow(emulator, " ".join(google_auth.SCOPES))
    assert answer["scope"].split() == ["openid", "https://www.googleapis.com/auth/userinfo.email"]
    assert "refresh_token" in answer and "id_token" in answer
    status, err = _raw(emulator, "drive/v3/about", {"fields": "user"}, token=answer["access_token"])
    assert status == 403 and err["error"]["errors"][0]["reason"] == "insufficientPermissions"
    emulator.unticked_scopes = set()
    ok = _code_flow(emulator, " ".join(google_auth.SCOPES))
    assert _raw(emulator, "drive/v3/about", {"fields": "user"}, token=ok["access_token"])[0] == 200


def test_sign_in_with_the_drive_scope_unticked_says_so(emulator, client_secret):  # noqa: F811
    """Before: oauthlib's "Scope has changed" (a Warning raised) became "The Google sign-in
    failed.", which says nothing of what to do."""
    emulator.unticked_scopes = {SCOPE}
    browser = Browser()
    with pytest.raises(SignInError) as ei:
        google_auth.sign_in(client_secret, remember=False, api_root=emulator.root_url,
                            on_url=browser, timeout_seconds=30)
    assert browser.errors == []
    assert "did not allow backupgui to use Google Drive" in str(ei.value)
    assert "tick" in ei.value.hint
    # Google Drive itself was never asked anything with that token.
    assert [e for e in emulator.requests if e["category"] == "about"] == []


def test_sign_in_scopes_cannot_be_unticked(emulator):
    """Google shows openid and email first, without a box: only the others can be left out."""
    emulator.unticked_scopes = {"openid", "https://www.googleapis.com/auth/userinfo.email"}
    answer = _code_flow(emulator, " ".join(google_auth.SCOPES))
    assert answer["scope"].split() == google_auth.SCOPES


def test_an_unticked_sign_in_leaves_the_saved_one_as_it_was(emulator, client_secret, real_keyring):  # noqa: F811
    import keyring

    first = google_auth.sign_in(client_secret, api_root=emulator.root_url, on_url=Browser(),
                                timeout_seconds=30)
    saved = keyring.get_password("backupgui", first.email)
    emulator.unticked_scopes = {SCOPE}
    with pytest.raises(SignInError):
        google_auth.sign_in(client_secret, api_root=emulator.root_url, on_url=Browser(),
                            timeout_seconds=30)
    assert keyring.get_password("backupgui", first.email) == saved
    google_auth.forget()


def test_a_token_without_the_drive_scope_is_a_clear_message_not_retried(emulator, make_dest, fake_time):
    emulator.unticked_scopes = {SCOPE}
    answer = _code_flow(emulator, " ".join(google_auth.SCOPES))
    emulator.clear_log()
    with pytest.raises(DestinationError) as ei:
        make_dest(credentials=Credentials(token=answer["access_token"]))
    assert str(ei.value) == SCOPE_MISSING and ei.value.code == "sign-in-needed"
    assert len(emulator.requests) == 1 and fake_time.sleeps == []


# ---- a refresh token that expired or was revoked --------------------------------------------
def test_a_revoked_refresh_token_asks_to_sign_in_again_once_and_keeps_the_backup(
        emulator, client_secret, make_dest, fake_time):  # noqa: F811
    signed = google_auth.sign_in(client_secret, remember=False, api_root=emulator.root_url,
                                 on_url=Browser(), timeout_seconds=30)
    creds = Credentials(token=None, refresh_token=signed.credentials.refresh_token,
                        token_uri=emulator.root_url + "token", client_id=emulator.client_id,
                        client_secret="emulator-secret", scopes=google_auth.SCOPES)
    dest = make_dest(credentials=creds)
    dest.put("sets/a/config", b"the last good backup")
    dest.put("sets/a/data/p1", b"pack one")
    before = {f["name"]: (f["id"], f.get("size")) for f in emulator.store.all_views()}
    # The grant ends at Google (a 7-day Testing app, a password change, access removed) and
    # the access token runs out: the refresh answers 400 invalid_grant.
    for key in list(emulator.store.grants):
        emulator.store.grants.pop(key)
    emulator.expire_access_tokens()
    emulator.clear_log()
    with pytest.raises(DestinationError) as ei:
        dest.put("sets/a/config", b"a change that must not half-happen")
    assert "sign-in" in str(ei.value) and "Sign in" in ei.value.hint
    assert ei.value.code == "sign-in-needed"  # automatic backups wait for the person
    tokens = [e for e in emulator.requests if e["path"] == "/token"]
    assert len(tokens) == 1 and tokens[0]["status"] == 400  # one refresh: no loop, no backoff
    assert fake_time.sleeps == []
    assert {f["name"]: (f["id"], f.get("size")) for f in emulator.store.all_views()} == before
    # Signing in again: the backup is there as it was.
    again = google_auth.sign_in(client_secret, remember=False, api_root=emulator.root_url,
                                on_url=Browser(), timeout_seconds=30)
    dest2 = GoogleDriveDestination(again.credentials, api_root=emulator.root_url,
                                   options=dest.options, resume_pending=False)
    assert dest2.read("sets/a/config") == b"the last good backup"
    assert dest2.read("sets/a/data/p1") == b"pack one"


# ---- appProperties at Google's limits -------------------------------------------------------
def test_the_emulator_refuses_app_properties_over_googles_limits(emulator, make_dest):
    def create(props: dict) -> int:
        req = urllib.request.Request(
            emulator.root_url + "drive/v3/files", method="POST",
            data=json.dumps({"name": "x", "parents": ["appDataFolder"], "appProperties": props}).encode(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert create({"k": "v" * 123}) == 200
    assert create({"k": "v" * 124}) == 400  # 125 bytes with the key
    assert create({"k": "é" * 62}) == 400  # 125 bytes in UTF-8
    assert create({f"k{i}": "v" for i in range(31)}) == 400
    # The app's own properties stay inside them for the deepest names it writes: d1..d3 of a
    # name whose directories are too long for a property are left out, not sent.
    dest = make_dest()
    long_dir = "sets/" + "d" * 150 + "/data/pack"
    dest.put(long_dir, b"p")
    assert [o.name for o in dest.list("sets/")] == [long_dir]


def test_a_token_endpoint_outage_is_retried_not_taken_for_a_dead_sign_in(
        emulator, client_secret, make_dest, fake_time):  # noqa: F811
    """Google's token endpoint answering 503 is an outage ("Resolve errors": retry 5xx), not
    an expired sign-in. Before, any refresh failure said "did not accept the saved sign-in"
    (and an automatic backup would have stopped retrying it)."""
    signed = google_auth.sign_in(client_secret, remember=False, api_root=emulator.root_url,
                                 on_url=Browser(), timeout_seconds=30)
    creds = Credentials(token=None, refresh_token=signed.credentials.refresh_token,
                        token_uri=emulator.root_url + "token", client_id=emulator.client_id,
                        client_secret="emulator-secret", scopes=google_auth.SCOPES)
    dest = make_dest(credentials=creds)
    dest.put("sets/a/config", b"c")
    emulator.expire_access_tokens()
    emulator.add_faults(Fault("503", match="oauth", count=3))  # google-auth tries 3 times itself
    emulator.clear_log()
    assert dest.read("sets/a/config") == b"c"
    tokens = [e["status"] for e in emulator.requests if e["path"] == "/token"]
    assert tokens == [503, 503, 503, 200] and len(fake_time.sleeps) == 1


def test_a_dead_sign_in_is_not_retried_by_automatic_backups():
    """The scheduler's short backoff (5 min, 15 min, 1 h, 4 h, ...) cannot mend a sign-in
    Google refuses: the next try is the next scheduled slot, not a failure every few minutes."""
    from datetime import UTC, datetime, time, timedelta

    from backupgui.automation.history import HistoryEntry
    from backupgui.automation.schedule import Frequency, Schedule, ScheduleState, next_attempt
    from backupgui.errors import SignInNeededError

    code = SignInNeededError("x").code
    sched = Schedule(Frequency.DAILY, time(2, 0))
    ok = HistoryEntry(time=datetime(2026, 5, 1, 2, tzinfo=UTC), trigger="scheduled", result="ok")
    at = datetime(2026, 5, 2, 2, tzinfo=UTC)
    failed = HistoryEntry(time=at, trigger="scheduled", result="failed", code=code)
    plan = next_attempt(sched, ScheduleState.from_history([ok, failed]), at + timedelta(minutes=1), UTC)
    assert plan.when == datetime(2026, 5, 3, 2, tzinfo=UTC)
    other = HistoryEntry(time=at, trigger="scheduled", result="failed", code="DestinationError")
    plan = next_attempt(sched, ScheduleState.from_history([ok, other]), at + timedelta(minutes=1), UTC)
    assert plan.when == at + timedelta(minutes=5)  # (what any other failure gets)


def test_an_access_token_in_the_environment_without_the_drive_scope_names_the_variable(
        emulator, monkeypatch, tmp_path):
    from backupgui.destinations.gdrive import open_drive_from_env

    emulator.unticked_scopes = {SCOPE}
    answer = _code_flow(emulator, " ".join(google_auth.SCOPES))
    monkeypatch.setenv("BACKUPGUI_DRIVE_ROOT", emulator.root_url)
    monkeypatch.setenv("BACKUPGUI_DRIVE_SPOOL", str(tmp_path / "spool"))
    monkeypatch.setenv("BACKUPGUI_DRIVE_TOKEN", answer["access_token"])
    with pytest.raises(DestinationError) as ei:
        open_drive_from_env()
    assert "BACKUPGUI_DRIVE_TOKEN" in str(ei.value) and "drive.appdata" in ei.value.hint
    assert answer["access_token"] not in str(ei.value) + ei.value.hint
