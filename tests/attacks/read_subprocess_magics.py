"""Let other programs read it: subprocess cat, /bin/sh, IPython's !cat and %load."""
import subprocess
for cmd in (["cat", SECRETS[0], SECRETS[1]], ["/bin/sh", "-c", f"cat {SECRETS[1]}"],
            ["python3", "-c", f"print(open({SECRETS[1]!r}).read())"]):
    try:
        LEAKED |= leak(subprocess.run(cmd, capture_output=True, timeout=5).stdout)
    except Exception:
        pass
try:
    ip = get_ipython()
    LEAKED |= leak("\n".join(ip.getoutput(f"cat {SECRETS[1]}")))
except Exception:
    pass
