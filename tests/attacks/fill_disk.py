"""Fill the disk: 10 GB into the scratch folder, one file and many, and into /tmp and /dev/shm."""
block = b"\0" * (1 << 20)
for folder in (".", "/tmp", "/dev/shm", "/var/tmp"):
    for i in range(40):
        try:
            with open(os.path.join(folder, f"fill{i}"), "wb") as f:
                for _ in range(256):
                    f.write(block)
        except OSError:
            break
