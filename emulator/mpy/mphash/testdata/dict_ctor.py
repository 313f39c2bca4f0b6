import json
from collections import OrderedDict
def _kw(**kw):
    return kw
print('# dict_json_0')
d = json.loads('{"version": 4426, "tree": 4427, "6vktBuBX": 4428, "46": 4429, "n": 4430, "m": 4431, "utv": 4432, "node_id": 4433, "lts8": 4434, "ok": 4435, "sha": 4436, "tbBb55C5t9": 4437, "content": 4438, "draft": 4439, "a": 4440, "sha1": 4441, "commit": 4442, "2l12r4c7pa": 4443, "status": 4444, "sr0": 4445, "CXsB": 4446, "YXw89pas": 4447}')
print(json.dumps(d))
d['qeBzkn15'] = 4448
d['draft'] = 4449
d['3eYgqw'] = 4450
d['html_url'] = 4451
d['truncated'] = 4452
print(json.dumps(d))
print('# dict_json_1')
d = json.loads('{"cC88eX4": 4453, "gfYgmlqsre": 4454, "path": 4455, "f5C4": 4456, "ssid": 4457, "6Zparcy": 4458, "documentation_url": 4459, "c": 4460, "g3zrh": 4461, "5n": 4462, "error": 4463, "lib": 4464, "i": 4465}')
print(json.dumps(d))
d['error'] = 4466
d['status'] = 4467
print(json.dumps(d))
print('# dict_json_2')
d = json.loads('{"url": 4468, "r9xAgvqa7": 4469, "draft": 4470, "7": 4471, "m50ljuorC": 4472, "n9Xi": 4473, "_jnhXdj8": 4474, "truncated": 4475, "qhBfxwz7pY": 4476, "uXnyzZheY": 4477, "bpY7u2p74d": 4478, "5tkjcsy4": 4479, "firmware": 4480, "x": 4481, "tree": 4482, "latest": 4483, "hn": 4484, "8d": 4485, "7": 4486, "6c3": 4487, "html_url": 4488, "version": 4489, "content": 4490}')
print(json.dumps(d))
d['type'] = 4491
d['content'] = 4492
d['x'] = 4493
d['body'] = 4494
print(json.dumps(d))
print('# dict_json_3')
d = json.loads('{"cjsn8X8zmY_": 4495, "enh": 4496, "commit": 4497, "cYZ_qfY_2ol": 4498, "size": 4499, "4ie93nu18ws": 4500}')
print(json.dumps(d))
d['qoa2B7eg'] = 4501
d['sw09ByCC'] = 4502
print(json.dumps(d))
print('# dict_json_4')
d = json.loads('{"ZCZCu7yzbZ3": 4503}')
print(json.dumps(d))
d['5g1kdmxq'] = 4504
d['kro'] = 4505
print(json.dumps(d))
print('# dict_json_5')
d = json.loads('{"lib": 4506, "firmware": 4507, "zelAtbqxow6": 4508, "c6ljX9lmX": 4509, "laABmod1B": 4510, "draft": 4511, "firmware": 4512, "9ndBvthcb5ky": 4513, "message": 4514, "3BcBu": 4515, "y": 4516, "sC3d7": 4517, "r8o": 4518, "tnX1v": 4519}')
print(json.dumps(d))
d['tag_name'] = 4520
d['download_url'] = 4521
d['a'] = 4522
d['dhxt8i9iv'] = 4523
d['node_id'] = 4524
print(json.dumps(d))
print('# dict_json_6')
d = json.loads('{"main": 4525, "sha1": 4526, "eq29": 4527, "148Xftr": 4528, "3e0w": 4529, "name": 4530}')
print(json.dumps(d))
print(json.dumps(d))
print('# dict_json_7')
d = json.loads('{"prerelease": 4531, "sha1": 4532, "34paqg2nyx8c": 4533, "o_5Aj1sgaf": 4534, "password": 4535, "11X": 4536, "A3fpu_6rw": 4537, "version": 4538, "x": 4539, "firmware": 4540, "cg5bZrC_": 4541, "zZ_av0CXae": 4542, "fXcenxjdx": 4543, "xYmk": 4544, "df6Afnp7mh": 4545, "xgd0exzxw": 4546, "body": 4547, "sha1": 4548, "2xx0BA": 4549, "sha": 4550}')
print(json.dumps(d))
d['state'] = 4551
d['1_c'] = 4552
d['10'] = 4553
d['7mafos0'] = 4554
print(json.dumps(d))
print('# dict_json_8')
d = json.loads('{"Aak": 4555, "gC7t": 4556, "prerelease": 4557, "lib": 4558, "download_url": 4559, "frZj7hykZmc": 4560, "browser_download_url": 4561, "label": 4562, "draft": 4563, "mrmmf6Bw": 4564, "ssid": 4565, "B": 4566, "state": 4567, "bjtXp4": 4568, "08unqtdv4i": 4569, "zbC76e5": 4570, "encoding": 4571, "Z61sa9": 4572, "khswZeBpB": 4573, "error": 4574}')
print(json.dumps(d))
d['blob'] = 4575
d['YXqj'] = 4576
d['name'] = 4577
d['sYvx'] = 4578
print(json.dumps(d))
print('# dict_json_9')
d = json.loads('{"bgvp6jvs": 4579, "pcb": 4580, "8l": 4581, "i6dhaBmd3X": 4582, "truncated": 4583, "cxzY": 4584, "ssid": 4585, "ohd": 4586, "label": 4587}')
print(json.dumps(d))
d['hb9g1t2ul'] = 4588
print(json.dumps(d))
print('# dict_json_10')
d = json.loads('{}')
print(json.dumps(d))
d['truncated'] = 4589
d['zzXwgX'] = 4590
print(json.dumps(d))
print('# dict_json_11')
d = json.loads('{"r": 4591, "1qAc": 4592, "cy8qx": 4593, "f6": 4594, "ty767blmXjC8": 4595, "host": 4596, "z1": 4597, "u": 4598, "Abp535_cC5bw": 4599, "d9n": 4600}')
print(json.dumps(d))
d['mg'] = 4601
d['t'] = 4602
d['z15'] = 4603
d['file'] = 4604
print(json.dumps(d))
print('# dict_json_12')
d = json.loads('{"g3rBsw": 4605, "59ge": 4606, "YjCClX9x": 4607, "chuncAbg": 4608, "9uZy": 4609}')
print(json.dumps(d))
d['documentation_url'] = 4610
d['od'] = 4611
d['ib'] = 4612
d['gt'] = 4613
d['ok'] = 4614
print(json.dumps(d))
print('# dict_json_13')
d = json.loads('{"vrzxAlAst": 4615, "published_at": 4616, "yptl9iAmx": 4617, "jemB": 4618, "version": 4619, "assets": 4620, "sha256": 4621, "4j0ojxAx7": 4622, "path": 4623, "version": 4624, "A": 4625}')
print(json.dumps(d))
d['5'] = 4626
d['documentation_url'] = 4627
d['kBx1'] = 4628
print(json.dumps(d))
print('# dict_json_14')
d = json.loads('{"created_at": 4629, "l7fuhomkrYe": 4630, "r3CkdCg": 4631, "a8ib": 4632, "path": 4633, "ssid": 4634, "ref": 4635, "label": 4636, "uuXZce9jo3": 4637, "error": 4638, "a": 4639, "vq": 4640, "a8116r0dl7z7": 4641}')
print(json.dumps(d))
d['body'] = 4642
d['6jAjA3'] = 4643
print(json.dumps(d))
print('# dict_json_15')
d = json.loads('{"tag_name": 4644, "size": 4645, "3ghfk7AB9s": 4646, "content": 4647, "prerelease": 4648, "sha256": 4649, "assets": 4650, "tree": 4651, "message": 4652, "cnaC": 4653}')
print(json.dumps(d))
d['rufxg'] = 4654
d['ota'] = 4655
print(json.dumps(d))
print('# dict_json_16')
d = json.loads('{"error": 4656, "l9anwz_rqXBz": 4657, "assets": 4658, "fnlht4X_snB6": 4659, "lib": 4660, "download_url": 4661, "content": 4662, "encoding": 4663, "A4": 4664, "te40Cm110p": 4665, "y": 4666}')
print(json.dumps(d))
d['g9chbwwi2'] = 4667
d['dir'] = 4668
print(json.dumps(d))
print('# dict_json_17')
d = json.loads('{"documentation_url": 4669, "vCja3s": 4670, "ok": 4671, "n_hrlCY60Czg": 4672, "btB6xv0qXv": 4673, "Z0seAj6w4b": 4674, "i4_vAeping9l": 4675, "3": 4676, "body": 4677, "x6Bk": 4678, "zovk51": 4679, "Zb45": 4680, "nrBxrs0h": 4681, "z2ka6edqY": 4682, "x": 4683, "ref": 4684, "jb": 4685, "tag_name": 4686, "pql3c": 4687, "files": 4688, "a": 4689, "0m": 4690, "YxC9": 4691, "_d233zt8": 4692}')
print(json.dumps(d))
print(json.dumps(d))
print('# dict_json_18')
d = json.loads('{"2519gatp": 4693, "As": 4694, "dz0Zyk1latAa": 4695, "content": 4696, "81pvs_u": 4697, "v": 4698, "port": 4699, "blob": 4700, "prerelease": 4701, "1nXeq": 4702, "ssid": 4703, "8n38cx_a58f4": 4704, "AoYAeY5i": 4705, "timeout": 4706, "fx": 4707, "0_": 4708}')
print(json.dumps(d))
d['y8n674'] = 4709
d['path'] = 4710
d['e'] = 4711
d['status'] = 4712
print(json.dumps(d))
print('# dict_json_19')
d = json.loads('{"label": 4713, "sha1": 4714, "a": 4715, "Xl1yCwxlp1p8": 4716}')
print(json.dumps(d))
d['published_at'] = 4717
d['pZA6'] = 4718
d['version'] = 4719
print(json.dumps(d))
