# An updater keeps its state in a JSON file and updates it across steps.
import json
def save(state):
    with open("ota_state.json", "w") as f:
        json.dump(state, f, separators=(",", ":"))
def load():
    try:
        with open("ota_state.json") as f:
            return json.load(f)
    except OSError:
        return {"stage": "idle", "tries": 0}
s = load()
print(s)
for stage in ["download", "verify", "swap", "done"]:
    s["stage"] = stage
    s["tries"] += 1
    save(s)
    print(open("ota_state.json").read())
print(load())
