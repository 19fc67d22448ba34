#!/usr/bin/python3
"""Drives jiujin-kiosk as a blind citizen's screen reader would: through AT-SPI.

Run under `dbus-run-session` (a private session bus). Starts Xvfb, the accessibility bus
(at-spi-bus-launcher, which starts at-spi2-registryd) and the kiosk, then with pyatspi:
home -> 办事指南 -> a department -> an item -> its guide, reading the guide's sections from the
tree; the search field by typing; 查进度 digits; and after every screen change checks that the
focus is on the new screen's heading (what a screen reader announces). Everything it starts is
stopped at the end, and every wait is bounded.

usage: atspi_walk.py KIOSK DATABASE DEVICES_DIR
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20  # seconds, for anything to appear

failures = []
started = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


def start(argv, env=None, **kw):
    proc = subprocess.Popen(argv, env=env, start_new_session=True, **kw)
    started.append(proc)
    return proc


def stop_all():
    for proc in reversed(started):
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for proc in reversed(started):
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    # What they started in their groups (the accessibility bus daemon, at-spi2-registryd) goes too.
    for proc in started:
        deadline = time.time() + 5
        while time.time() < deadline:
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def start_xvfb():
    read_fd, write_fd = os.pipe()
    start(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
          pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    deadline = time.time() + TIMEOUT
    number = b""
    os.set_blocking(read_fd, False)
    while time.time() < deadline and not number.endswith(b"\n"):
        try:
            number += os.read(read_fd, 16)
        except BlockingIOError:
            time.sleep(0.05)
    os.close(read_fd)
    if not number.strip():
        raise RuntimeError("Xvfb did not start")
    return ":" + number.decode().strip()


def x_accepts(display):
    """Whether the X server of @p display (":N") takes connections on its socket."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        try:
            sock.connect("/tmp/.X11-unix/X" + display.lstrip(":"))
            return True
        except OSError:
            return False


def wait_for(what, probe, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            value = probe()
        except Exception:  # a node went away while looking: look again
            value = None
        if value:
            return value
        time.sleep(0.2)
    raise TimeoutError(what)


def main():
    kiosk, database, devices = sys.argv[1:4]
    try:
        import pyatspi  # noqa: F401  (python3-pyatspi)
    except ImportError:
        print("python3-pyatspi is not installed: skipped")
        sys.exit(77)
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ:
        sys.exit("run me under dbus-run-session")
    work = tempfile.mkdtemp(prefix="jiujin-atspi-")
    try:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(database + suffix):
                shutil.copy(database + suffix, os.path.join(work, "kiosk.db" + suffix))
        display = start_xvfb()
        os.environ["DISPLAY"] = display
        wait_for("the X server " + display, lambda: x_accepts(display))
        # What the session bus starts on demand (at-spi2-registryd, which synthesises the keys)
        # must see this display too.
        subprocess.run(["dbus-update-activation-environment", "DISPLAY=" + display], check=True, timeout=10)
        start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], stderr=subprocess.DEVNULL)
        # Asked without activating a second launcher: ours must own the name.
        wait_for("the accessibility bus", lambda: "true" in subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus"], capture_output=True, text=True,
            timeout=5).stdout)
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_QUICK_BACKEND="software",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        start([kiosk, "--db", os.path.join(work, "kiosk.db"), "--state", os.path.join(work, "state"),
               "--devices", devices], env=env, stdout=subprocess.DEVNULL)
        walk_through()
    finally:
        stop_all()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
    print("all checks passed")


def walk_through():
    import pyatspi  # after the bus is up: it connects on first use

    def app():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name in ("jiujin", "就近办", "jiujin-kiosk"):
                return child
        return None

    application = wait_for("the kiosk on the accessibility bus", app)

    def nodes(root=None, limit=4000):
        """Every node of the kiosk's tree, depth first."""
        stack = [root or application]
        seen = 0
        while stack and seen < limit:
            node = stack.pop()
            if node is None:
                continue
            seen += 1
            yield node
            for i in reversed(range(node.childCount)):
                stack.append(node.getChildAtIndex(i))

    def role(node):
        return node.getRole()

    def find(predicate, what, timeout=TIMEOUT):
        return wait_for(what, lambda: next((n for n in nodes() if predicate(n)), None), timeout)

    def named(name, roles=(pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)):
        return find(lambda n: n.name == name and role(n) in roles and
                    n.getState().contains(pyatspi.STATE_SHOWING), "a button named " + name)

    def press(node):
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("press", "Press", "click", "activate"):
                action.doAction(i)
                return
        action.doAction(0)

    def focused():
        return next((n for n in nodes() if n.getState().contains(pyatspi.STATE_FOCUSED)), None)

    announced = []

    def type_keys(text, arrived=None):
        """Real key presses through the registry (XTest on the X server), one key at a time.

        When @p arrived says the text is not there, it is erased and typed again (twice at most)
        and the test says so."""
        for attempt in range(3):
            for c in text:
                pyatspi.Registry.generateKeyboardEvent(ord(c), None, pyatspi.KEY_SYM)
                time.sleep(0.05)
            if arrived is None:
                return
            try:
                wait_for("typed text", arrived, timeout=5)
                return
            except TimeoutError:
                print("     (keys lost on attempt %d, typing again)" % (attempt + 1), flush=True)
                for _ in range(len(text) + 2):
                    pyatspi.Registry.generateKeyboardEvent(0xff08, None, pyatspi.KEY_SYM)  # BackSpace
                    time.sleep(0.05)

    def expect_heading(text, what):
        """The focus moves to the new screen's heading: a screen reader announces it."""
        try:
            node = wait_for("focus on the heading %s" % text, lambda: (lambda f: f if f is not None and
                            role(f) == pyatspi.ROLE_HEADING and (text is None or f.name == text) else None)(focused()))
            announced.append(node.name)
            return check(True, what + ": focus on heading «%s»" % node.name)
        except TimeoutError:
            f = focused()
            return check(False, what + ": focus on heading «%s», found %s «%s»" % (
                text, f.getRoleName() if f else "nothing", f.name if f else ""))

    def texts():
        return [n.name for n in nodes() if role(n) in (pyatspi.ROLE_STATIC, pyatspi.ROLE_LABEL, pyatspi.ROLE_HEADING)
                and n.name]

    # Home: greeting as the focused heading, tiles as buttons with descriptions.
    expect_heading("您好！欢迎使用“就近办”政务服务自助终端", "home")
    browse = named("办事指南")
    check(len(browse.description) > 0, "the 办事指南 tile describes itself: «%s»" % browse.description)
    elder = find(lambda n: n.name == "长辈模式", "the elder mode toggle")
    states = [pyatspi.stateToString(s) for s in elder.getState().getStates()]
    # Qt's bridge has no CHECKABLE state: a toggle is a check box, with CHECKED when on.
    check(role(elder) == pyatspi.ROLE_CHECK_BOX and not elder.getState().contains(pyatspi.STATE_CHECKED),
          "长辈模式 is a check box, not checked (%s: %s)" % (elder.getRoleName(), " ".join(states)))

    press(browse)
    expect_heading("请选择办事部门", "departments")
    names = [n.name for n in nodes() if role(n) == pyatspi.ROLE_PUSH_BUTTON]
    check("返回" in names and "首页" in names, "back and home are named without their icons")
    check(not any(n.startswith(("‹", "⌂", "⌫")) for n in names), "no button name starts with an icon")
    check("查进度" not in names, "the home screen underneath is not in the tree")

    press(named("社会保险"))
    expect_heading("社会保险", "item list")
    rows = [n for n in nodes() if role(n) == pyatspi.ROLE_PUSH_BUTTON and "本服务点可办" in (n.description or "")]
    check(len(rows) > 0, "item rows say 本服务点可办 (%d rows)" % len(rows))

    item = rows[0]
    item_name = item.name
    press(item)
    expect_heading(item_name, "guide")
    guide = texts()
    for section in ("受理条件", "申请材料（请对照勾选）", "办理流程", "时限与收费", "办理地点"):
        check(section in guide, "the guide's section «%s» is read from the tree" % section)
    check(len(guide) >= 20, "the guide exposes its text (%d texts)" % len(guide))
    steps = [t for t in guide if t.startswith("1. ")]
    check(len(steps) >= 2, "numbered conditions and steps are read: %s" % steps[:2])
    check("请选择办事部门" not in guide and "社会保险" not in [n.name for n in nodes() if role(n) == pyatspi.ROLE_HEADING],
          "screens underneath left the tree")

    # Search by typing into the field, as a keyboard would.
    press(named("首页"))
    expect_heading("您好！欢迎使用“就近办”政务服务自助终端", "home again")
    press(named("查找事项"))
    field = wait_for("the focused search field", lambda: (lambda f: f if f is not None and
                     f.getState().contains(pyatspi.STATE_EDITABLE) else None)(focused()))
    check(True, "search: focus on the editable field «%s» (%s; %s)" % (
        field.name, field.getRoleName(), ", ".join(pyatspi.listInterfaces(field))))
    type_keys("dibao", lambda: field.queryText().getText(0, -1) == "dibao")
    try:
        typed = wait_for("the typed text in the field", lambda: field.queryText().getText(0, -1) == "dibao" and "dibao")
        check(bool(typed), "the search field exposes what was typed: «dibao»")
    except TimeoutError:
        text = field.queryText().getText(0, -1)
        check(False, "the search field exposes what was typed: got «%s»" % text)
    result = find(lambda n: n.name == "最低生活保障申请" and role(n) == pyatspi.ROLE_PUSH_BUTTON, "a search result")
    press(result)
    expect_heading("最低生活保障申请", "search result's guide")

    # 查进度: typed digits are exposed as the field's value.
    press(named("首页"))
    expect_heading(None, "home (third time)")
    press(named("查进度"))
    expect_heading(None, "查进度")
    def digits_typed():
        node = next((n for n in nodes() if n.name == "受理编号或预约号"), None)
        return node is not None and "20301" in node.queryText().getText(0, -1)
    type_keys("20301", digits_typed)
    try:
        number = find(lambda n: n.name == "受理编号或预约号" and "20301" in n.queryText().getText(0, -1), "typed digits")
        check(True, "查进度 exposes the typed digits: «%s»" % number.queryText().getText(0, -1))
    except TimeoutError:
        check(False, "查进度 exposes the typed digits")

    # Elder mode is checked, keeping its name.
    press(find(lambda n: n.name == "长辈模式", "the elder mode toggle"))
    try:
        wait_for("elder mode checked", lambda: find(lambda n: n.name == "长辈模式", "toggle").getState()
                 .contains(pyatspi.STATE_CHECKED))
        check(True, "长辈模式 becomes checked under the same name")
    except TimeoutError:
        check(False, "长辈模式 becomes checked under the same name")
    print("announced: " + " | ".join(announced))


if __name__ == "__main__":
    main()
