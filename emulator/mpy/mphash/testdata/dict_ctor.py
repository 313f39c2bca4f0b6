import json
from collections import OrderedDict
def _kw(**kw):
    return kw
class U:
    def __init__(self, i, h):
        self.i = i
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, U) and o.i == self.i
    def __repr__(self):
        return 'U(%d)' % self.i
print('# dict_json_0')
d = json.loads('{"0po": 4275, "password": 4276, "zokkB2jpn3": 4277, "9e": 4278, "vg": 4279, "sha256": 4280}')
print(json.dumps(d))
d['file'] = 4281
print(json.dumps(d))
print('# dict_json_1')
d = json.loads('{"9X": 4282, "ref": 4283, "status": 4284, "AC6_ql_": 4285, "ssid": 4286, "status": 4287, "kfXay7": 4288, "id": 4289, "1YtviYyyZ5": 4290, "body": 4291, "juX": 4292, "c": 4293, "78yYb_AuzcpC": 4294, "ok": 4295, "hA": 4296, "52b7Xaj": 4297, "timeout": 4298, "eplf": 4299, "rXm6r": 4300, "created_at": 4301, "B4_naqa557l": 4302}')
print(json.dumps(d))
print(json.dumps(d))
print('# dict_json_2')
d = json.loads('{}')
print(json.dumps(d))
d['hljZp_bAAqr1'] = 4303
d['type'] = 4304
print(json.dumps(d))
print('# dict_json_3')
d = json.loads('{"ota": 4305, "y": 4306, "version": 4307, "latest": 4308, "9Yc": 4309, "draft": 4310, "1dpCiyuod": 4311, "69sBbYh": 4312, "peY9fnb4flr": 4313, "z8f": 4314, "8": 4315, "firmware": 4316, "c": 4317, "ref": 4318, "content": 4319, "port": 4320, "path": 4321, "nf2b6hmYq7": 4322, "download_url": 4323, "kdiAZoey": 4324}')
print(json.dumps(d))
d['tBx8_g'] = 4325
d['vnqA4roBX26'] = 4326
print(json.dumps(d))
print('# dict_json_4')
d = json.loads('{"u": 4327, "type": 4328, "f1egZ": 4329, "published_at": 4330, "draft": 4331}')
print(json.dumps(d))
d['path'] = 4332
print(json.dumps(d))
print('# dict_json_5')
d = json.loads('{"mhh4": 4333, "j7fcsad5": 4334, "3s9X": 4335, "files": 4336, "e": 4337}')
print(json.dumps(d))
d['re'] = 4338
d['lib'] = 4339
d['Cjqvfuyj'] = 4340
print(json.dumps(d))
print('# dict_json_6')
d = json.loads('{"retries": 4341, "url": 4342, "s": 4343, "file": 4344, "j": 4345, "YiyxuBvp": 4346, "3fkejln7": 4347, "iX": 4348, "documentation_url": 4349, "url": 4350, "ok": 4351, "status": 4352, "i": 4353}')
print(json.dumps(d))
d['size'] = 4354
print(json.dumps(d))
print('# dict_json_7')
d = json.loads('{"y4oplence5ud": 4355, "assets": 4356, "port": 4357, "96si2xc": 4358, "ag5Zt": 4359, "g11oaB8ylhs": 4360, "5rcc": 4361, "6s": 4362, "prerelease": 4363, "id": 4364, "message": 4365, "77Z1Ckte56c": 4366, "b": 4367, "version": 4368, "fe3ki": 4369, "status": 4370, "udztjub": 4371, "sha256": 4372, "ssid": 4373, "sha": 4374, "B8nxpxw3A": 4375}')
print(json.dumps(d))
d['_0x'] = 4376
print(json.dumps(d))
print('# dict_json_8')
d = json.loads('{}')
print(json.dumps(d))
d['yq5'] = 4377
d['Yn_xYe'] = 4378
d['b7B4ne'] = 4379
print(json.dumps(d))
print('# dict_json_9')
d = json.loads('{"3hB1": 4380}')
print(json.dumps(d))
d['blob'] = 4381
d['name'] = 4382
d['file'] = 4383
d['8f6se8bbh2sg'] = 4384
d['html_url'] = 4385
print(json.dumps(d))
print('# dict_json_10')
d = json.loads('{"_t2iu9": 4386, "file": 4387, "sha1": 4388, "__jlh10fs": 4389, "files": 4390, "mode": 4391, "ota": 4392, "b": 4393, "9t1xA03xY3": 4394, "c2CuAkdqdf": 4395, "size": 4396, "8v20b": 4397, "tag_name": 4398, "zs8wlznw": 4399}')
print(json.dumps(d))
print(json.dumps(d))
print('# dict_json_11')
d = json.loads('{"b": 4400}')
print(json.dumps(d))
d['_'] = 4401
print(json.dumps(d))
print('# dict_json_12')
d = json.loads('{}')
print(json.dumps(d))
print(json.dumps(d))
print('# dict_json_13')
d = json.loads('{"07": 4402, "firmware": 4403}')
print(json.dumps(d))
d['status'] = 4404
d['lib'] = 4405
print(json.dumps(d))
print('# dict_json_14')
d = json.loads('{"tag_name": 4406, "latest": 4407, "port": 4408, "Y_n2Xr": 4409, "_qw1gu": 4410, "type": 4411, "ota": 4412, "id": 4413, "2vwnjqoXv": 4414, "auydr": 4415, "sha1": 4416, "3kt4ft": 4417, "mode": 4418}')
print(json.dumps(d))
d['commit'] = 4419
d['tag_name'] = 4420
d['firmware'] = 4421
print(json.dumps(d))
print('# dict_json_15')
d = json.loads('{"b": 4422, "commit": 4423, "mode": 4424, "host": 4425, "tag_name": 4426, "7u2Z": 4427, "draft": 4428, "AYe8sxdrYuv9": 4429, "9jvnxB6X4A": 4430}')
print(json.dumps(d))
d['Xc8hqh62s'] = 4431
d['sha1'] = 4432
d['e6kda'] = 4433
d['4rlzv_0p'] = 4434
d['host'] = 4435
print(json.dumps(d))
print('# dict_json_16')
d = json.loads('{"ref": 4436, "edpnql": 4437, "tree": 4438, "hy4n_": 4439, "w207g2042gk": 4440, "content": 4441, "fwxi3xkoYBAX": 4442, "status": 4443}')
print(json.dumps(d))
d['tag_name'] = 4444
d['y'] = 4445
d['draft'] = 4446
print(json.dumps(d))
print('# dict_json_17')
d = json.loads('{"draft": 4447, "size": 4448, "commit": 4449, "Bb": 4450, "encoding": 4451, "sB1Cy": 4452, "html_url": 4453, "n_jsd": 4454, "wm7rhv7oeof": 4455, "latest": 4456, "mode": 4457, "files": 4458, "vbmegiviw9z": 4459, "files": 4460, "size": 4461, "mi_nxbjc": 4462, "A": 4463, "assets": 4464, "jgbfn78r": 4465}')
print(json.dumps(d))
d['url'] = 4466
d['a'] = 4467
d['x'] = 4468
d['message'] = 4469
d['assets'] = 4470
print(json.dumps(d))
print('# dict_json_18')
d = json.loads('{"ssid": 4471, "c8e_w": 4472, "4wBA": 4473, "y": 4474, "p421": 4475, "ev761fC": 4476, "timeout": 4477, "hx9hn9CiCyj": 4478, "m62sos": 4479, "main": 4480, "nf": 4481, "d": 4482, "port": 4483, "ref": 4484, "eXi": 4485, "piYldhd_": 4486}')
print(json.dumps(d))
d['YAo76gwsAhw'] = 4487
d['1'] = 4488
d['a'] = 4489
d['path'] = 4490
d['61Bw3'] = 4491
print(json.dumps(d))
print('# dict_json_19')
d = json.loads('{"B9u3gt7cmejB": 4492, "firmware": 4493, "c": 4494, "fngjcg8u6A_3": 4495, "1rBCe": 4496, "Z2qx3qkgiaYo": 4497, "c": 4498, "b9c61": 4499, "url": 4500, "content": 4501, "name": 4502, "B_q31j": 4503, "url": 4504, "g7A_jrC7uAX": 4505, "draft": 4506, "encoding": 4507, "2znwXim": 4508, "tree": 4509, "k9rr4Xfex2_": 4510, "mn": 4511, "documentation_url": 4512, "yip": 4513, "ZusgizsXfm9v": 4514, "main": 4515}')
print(json.dumps(d))
d['mAf09'] = 4516
d['documentation_url'] = 4517
print(json.dumps(d))
