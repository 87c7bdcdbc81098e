"""Read the disk under the filesystem: block devices in /dev, a new device node made with mknod."""
import stat
for dev in glob.glob("/dev/[svx]d?") + glob.glob("/dev/nvme*") + glob.glob("/dev/vd*") + ["/dev/mem", "/dev/kmem"]:
    try:
        with open(dev, "rb") as f:
            for _ in range(64):
                LEAKED |= leak(f.read(1 << 20))
    except OSError:
        pass
try:
    st = os.stat(ROOT)
    os.mknod("disk", 0o600 | stat.S_IFBLK, st.st_dev)
    with open("disk", "rb") as f:
        LEAKED |= leak(f.read(1 << 20))
except OSError:
    pass
