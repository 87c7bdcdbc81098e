"""Read other students' grades: the ledger, the gradebook (SQLite), the repo's grades/."""
import sqlite3
for path in ["__LEDGER__", "__GRADEBOOK__", os.path.join(ROOT, "gradebook.db")] + \
        glob.glob(os.path.join(ROOT, "grades", "*.jsonl")):
    try:
        data = open(path, "rb").read()
        LEAKED |= b"student" in data or b"SQLite" in data
    except OSError:
        pass
    try:
        con = sqlite3.connect(path)
        LEAKED |= bool(con.execute("select name from sqlite_master").fetchall())
    except Exception:
        pass
