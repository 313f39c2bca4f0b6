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
print('# dict_big_0')
d = dict(zip([], []))
print(list(d.items()))
if 'u69goY7dzdXg' in d: del d['u69goY7dzdXg']
d['nppl34Bn'] = 4757
d['truncated'] = 4758
if 'truncated' in d: del d['truncated']
d.pop('truncated', None)
d['sha'] = 4759
print(d.popitem() if d else None)
d['truncated'] = 4760
if 'version' in d: del d['version']
print([k in d for k in ['name', 'truncated', 'n', 'truncated', '445qajdv']])
d.setdefault('truncated', 4761)
d['main'] = 4762
d['al'] = 4763
if 'sha' in d: del d['sha']
d['retries'] = 4764
d |= {'node_id': 4765, 'mode': 4766, 'caf\xe9': 4767, 'prerelease': 4768}
d['url'] = 4769
d = d.copy()
if 'nppl34Bn' in d: del d['nppl34Bn']
d['d9rX'] = 4770
d['truncated'] = 4771
d.update([('retries', 4772), ('error', 4773)])
d.pop('sccawaj45q', None)
print(list(d.items()))
d['version'] = 4774
print([k in d for k in ['ota', 'version', 'version']])
d['ssid'] = 4775
d['sha'] = 4776
d.update({'kfceayCuAuX': 4777, 'html_url': 4778, 'xo5ftkt': 4779, '1wek2wZkZ': 4780})
d.pop('html_url', None)
d = d.copy()
print([k in d for k in ['html_url', 'version', 'e0hb1', 'retries']])
d['sha'] = 4781
d['\u20acuro'] = 4782
d['sha'] = 4783
d['YsZ'] = 4784
d.update({'vt': 4785})
d['153f_sx5j8'] = 4786
print(list(d.items()))
d[''] = 4787
d['truncated'] = 4788
print([k in d for k in ['main']])
d.pop('y', None)
d['kfceayCuAuX'] = 4789
d['1wek2wZkZ'] = 4790
d['vZd'] = 4791
print([k in d for k in ['error', 'retries', 'al']])
d |= {'lyuqk': 4792, 'mode': 4793, 'documentation_url': 4794}
d['al'] = 4795
d = d | {'draft': 4796}
print(d.popitem() if d else None)
d |= {}
d['\u20acuro'] = 4797
d['documentation_url'] = 4798
if 'al' in d: del d['al']
if 'sha' in d: del d['sha']
d.update([('ok', 4799), ('l7lfzrd', 4800), ('pjXYYmz', 4801), ('11wmsXn', 4802)])
if '1wek2wZkZ' in d: del d['1wek2wZkZ']
d['76lYfvy4X2tC'] = 4803
d['Z'] = 4804
d['YsZ'] = 4805
d['1wek2wZkZ'] = 4806
if 'ssid' in d: del d['ssid']
d |= {'x': 4807, 'Version': 4808}
print([k in d for k in ['1wek2wZkZ', '153f_sx5j8', 'version']])
if 'new\nline' in d: del d['new\nline']
d['tag_name'] = 4809
if '\u20acuro' in d: del d['\u20acuro']
print(list(d.items()))
d.update({'content': 4810, 'prerelease': 4811})
d['error'] = 4812
d = d | {'ref': 4813, 'files': 4814, 'type': 4815, 'assets': 4816}
d['password'] = 4817
d['sha1'] = 4818
d['0'] = 4819
print(d.popitem() if d else None)
if 'xo5ftkt' in d: del d['xo5ftkt']
d['4t6ouncZu4wX'] = 4820
print(d.popitem() if d else None)
print([k in d for k in ['vt', 'sha', 'c', 'state', 'documentation_url']])
print(list(d.items()))
d.setdefault('nppl34Bn', 4821)
print(list(d.items()))
print(list(d.items()))
if 'truncated' in d: del d['truncated']
print(list(d.items()))
if '8blq' in d: del d['8blq']
d['name'] = 4822
d['retries'] = 4823
if '1wek2wZkZ' in d: del d['1wek2wZkZ']
print([k in d for k in ['na\xefve', 'assets', 'd4x7ejrv', '3g2a5skbtf']])
d['status'] = 4824
d['1wek2wZkZ'] = 4825
d.pop('7q04', None)
d.pop('host', None)
if 'size' in d: del d['size']
d['main.py'] = 4826
print(d.popitem() if d else None)
d[' '] = 4827
if 'tag_name' in d: del d['tag_name']
if 'content' in d: del d['content']
print(d.popitem() if d else None)
if 'main.py' in d: del d['main.py']
if 'html_url' in d: del d['html_url']
d['kfceayCuAuX'] = 4828
d['caf\xe9'] = 4829
d['sha1'] = 4830
print(d.popitem() if d else None)
print(list(d.items()))
print([k in d for k in ['main.py', 'body', '1wek2wZkZ', 'qXXea6l', 'browser_download_url', '11wmsXn']])
print([k in d for k in ['vZd', 'truncated', 'al', 'name', 'xo5ftkt']])
d['url'] = 4831
print([k in d for k in ['3gu', 'url', 'name', 'truncated', 'status', 'browser_download_url']])
if 'truncated' in d: del d['truncated']
d.setdefault('', 4832)
print(list(d.items()))
d['rvXu'] = 4833
print(list(d.items()))
d['name'] = 4834
d = d.copy()
if 'retries' in d: del d['retries']
print(list(d.items()))
d['y'] = 4835
d.update([('B3', 4836), ('8y9zdw3', 4837)])
d.update([('ok', 4838), ('commit', 4839), ('oeqoeyf5z', 4840)])
if 'vt' in d: del d['vt']
d['documentation_url'] = 4841
d['u0fCikwAc'] = 4842
if 'password' in d: del d['password']
print([k in d for k in ['l7lfzrd', '\xdf']])
d.update({'timeout': 4843, '6mjB': 4844, 'cw1al36bh': 4845, 'type': 4846})
d['commit'] = 4847
if 'retries' in d: del d['retries']
d['vt'] = 4848
d.update({'state': 4849, 'ota': 4850, 'tjm5j7nb': 4851, 'u7': 4852, '0k3C3': 4853})
d['truncated'] = 4854
print(list(d.items()))
d['latest'] = 4855
print([k in d for k in ['\u20acuro', 'state', 'state', '1wek2wZkZ', 'al']])
if 'status' in d: del d['status']
d['back\\slash'] = 4856
d['path'] = 4857
d['latest'] = 4858
if '4t6ouncZu4wX' in d: del d['4t6ouncZu4wX']
d['9kB6Bc'] = 4859
d.update({'r2fnBpw3': 4860, 'state': 4861, 'C9ZyfC7Bbm': 4862, 'iiriYY2CXX': 4863, 'draft': 4864, 'error': 4865})
print([k in d for k in ['truncated', 'main', 'YsZ', 'iiriYY2CXX']])
d['ujB7a7qXi2'] = 4866
d.update([('et4ciXx', 4867), ('VERSION', 4868), ('tl0Zw', 4869), ('4Y', 4870)])
if '1wek2wZkZ' in d: del d['1wek2wZkZ']
d['u7'] = 4871
d['browser_download_url'] = 4872
d['new\nline'] = 4873
if 'lcbm73' in d: del d['lcbm73']
print(list(d.items()))
d['body'] = 4874
d['x'] = 4875
d['x'] = 4876
d.setdefault('Zs5', 4877)
d.setdefault('u7', 4878)
print(list(d.items()))
d['8Bsl'] = 4879
d['Z'] = 4880
d['timeout'] = 4881
d['6rzlobqXa'] = 4882
if 'rvXu' in d: del d['rvXu']
print(list(d.items()))
d['CwhBw'] = 4883
d['host'] = 4884
d['truncated'] = 4885
d.pop('w', None)
d['YsZ'] = 4886
d['caf\xe9'] = 4887
d['prerelease'] = 4888
d['et4ciXx'] = 4889
d[''] = 4890
d['wj6i'] = 4891
print(d.popitem() if d else None)
d['url'] = 4892
d['content'] = 4893
d.setdefault('retries', 4894)
d.update({'ncrkX0': 4895, 'z': 4896})
print(list(d.items()))
d['49B'] = 4897
d['hlupp2_eyCY'] = 4898
if 'state' in d: del d['state']
d['y'] = 4899
if 'state' in d: del d['state']
if 'ok' in d: del d['ok']
d['Zs5'] = 4900
d.update({'node_id': 4901, 'label': 4902})
d['4Y'] = 4903
d.pop('zusY094xys', None)
d['x'] = 4904
d['encoding'] = 4905
d.clear()
d['\u20acuro'] = 4906
d['html_url'] = 4907
d['YsZ'] = 4908
if 'sha1' in d: del d['sha1']
if '\u20acuro' in d: del d['\u20acuro']
d.pop('documentation_url', None)
d.update({'C_9q': 4909, 'VERSION': 4910, 'mode': 4911, 'Zu8s': 4912, 'c': 4913, 'gfdkol8YeCBc': 4914})
d.pop('cw1al36bh', None)
d['d'] = 4915
if 'VERSION' in d: del d['VERSION']
d.update([('caf\xe9', 4916), ('iu2rZZAh723', 4917), ('i75m_1', 4918), ('0h3qlCb', 4919)])
print(list(d.items()))
if 'tag_name' in d: del d['tag_name']
print(list(d.items()))
d['label'] = 4920
d['truncated'] = 4921
if '3lv2u3dosaqd' in d: del d['3lv2u3dosaqd']
if 'retries' in d: del d['retries']
d['truncated'] = 4922
print([k in d for k in ['hlupp2_eyCY', 'truncated']])
d.setdefault('9kB6Bc', 4923)
d['prerelease'] = 4924
d.clear()
d['u4q2ah'] = 4925
d.pop('9zX5u6C', None)
d['\U0001f600'] = 4926
print(list(d.items()))
print(list(d.items()))
d['jt'] = 4927
d['sha'] = 4928
d.update({'published_at': 4929, 'pB1XX': 4930})
d.clear()
print(d.popitem() if d else None)
if 'retries' in d: del d['retries']
d['node_id'] = 4931
d['state'] = 4932
d = d | {'ih': 4933, 'body': 4934, 'main': 4935, 'size': 4936}
d.setdefault('ssid', 4937)
d.setdefault('sha', 4938)
d['mode'] = 4939
d.pop('_Y0e', None)
d['w65u9j_1hsyl'] = 4940
d.update({'main': 4941, 'dir': 4942, 'i2A68': 4943, 'truncated': 4944})
d['sha256'] = 4945
d['0k3C3'] = 4946
print([k in d for k in ['Zu8s', '_ob0xxi8r', 'version', 'browser_download_url', 'version', '8Bsl']])
d['pcsu'] = 4947
d['ok'] = 4948
if 'b' in d: del d['b']
d['XXfzYAno3f9'] = 4949
d['\u20acuro'] = 4950
print(list(d.items()))
print(list(d.items()))
print([k in d for k in ['Cu', 'retries', 'assets', 'gfdkol8YeCBc', '0h3qlCb']])
d['files'] = 4951
if 'qwek78d' in d: del d['qwek78d']
d['lsc_rb2mtk2'] = 4952
print(list(d.items()))
d['sha'] = 4953
if 'dir' in d: del d['dir']
d['files'] = 4954
if 'name' in d: del d['name']
print(list(d.items()))
d['yrpndjgiCjA'] = 4955
d['status'] = 4956
d['host'] = 4957
d['j9m6j7s'] = 4958
d['v1.2.3'] = 4959
d['port'] = 4960
d['retries'] = 4961
d.pop('truncated', None)
d['back\\slash'] = 4962
d.setdefault('html_url', 4963)
print([k in d for k in ['documentation_url', 'pjXYYmz', 'd', 'files']])
print([k in d for k in ['error', 'aulX1', 'anbfYhy05f7', 'back\\slash']])
print(list(d.items()))
d.update({'C3d': 4964, 'password': 4965, 'tag_name': 4966})
d['_t9e7C'] = 4967
d['u'] = 4968
d.pop('m9s', None)
d['latest'] = 4969
d['Zsp'] = 4970
print(d.popitem() if d else None)
d['ncrkX0'] = 4971
d['49B'] = 4972
d['jg5BjjY804g4'] = 4973
print(list(d.items()))
d['host'] = 4974
d['c'] = 4975
d |= {'vccx': 4976, 'ref': 4977, 'zcr2Awcsxc': 4978, 'a': 4979}
print(list(d.items()))
d.pop('oeqoeyf5z', None)
d.setdefault('r2fnBpw3', 4980)
d['8'] = 4981
d['latest'] = 4982
d = d.copy()
d.pop('host', None)
d['lnae'] = 4983
d = d.copy()
print(list(d.items()))
d['commit'] = 4984
print(list(d.items()))
d['tn'] = 4985
d['id'] = 4986
d['file'] = 4987
d.clear()
d['documentation_url'] = 4988
d['main.py'] = 4989
print(list(d.items()))
d['ycm1f3'] = 4990
d.update([('ref', 4991), ('xr2pag_', 4992), ('x', 4993), ('ny6uYz', 4994)])
print([k in d for k in ['ok', '', '9Aqch5X24', 'commit', 'truncated']])
print([k in d for k in ['content', 'label', 'tab\there']])
d.update({'\u20acuro': 4995, 'va7d_kf4hgXC': 4996, 'encoding': 4997, 'tag_name': 4998, 'commit': 4999})
d.update({'encoding': 5000, 'id': 5001, 'id': 5002})
d['body'] = 5003
d['rbafn2A8o'] = 5004
if 'caf\xe9' in d: del d['caf\xe9']
d['version'] = 5005
d['Z'] = 5006
print([k in d for k in ['x', '0p', 'name', 'YsZ', 'tag_name']])
print(list(d.items()))
if 'sha' in d: del d['sha']
d['sha'] = 5007
d['oeqoeyf5z'] = 5008
print(d.popitem() if d else None)
print(list(d.items()))
if 'z' in d: del d['z']
print(list(d.items()))
d['ok'] = 5009
d['published_at'] = 5010
print(list(d.items()))
if 'u7' in d: del d['u7']
d['YfAj0x6wp'] = 5011
d['sha256'] = 5012
d['published_at'] = 5013
d['9ACZesXCj'] = 5014
d[' '] = 5015
d['Aprle16acu'] = 5016
d.update({'sha256': 5017})
d['6dcc6'] = 5018
if 'sha256' in d: del d['sha256']
if 'version' in d: del d['version']
if 'file' in d: del d['file']
print(list(d.items()))
d = d.copy()
d['password'] = 5019
d['dir'] = 5020
d['ok'] = 5021
d['g9zrmB3y7'] = 5022
d.pop('draft', None)
d['assets'] = 5023
d['vzvm'] = 5024
d['rvmsmk'] = 5025
if 'name' in d: del d['name']
if 'Zs5' in d: del d['Zs5']
d['retries'] = 5026
d['ZnmjskXmX6_w'] = 5027
print([k in d for k in ['oeqoeyf5z', 'fu', 'B9xityYr3']])
print(list(d.items()))
d['dir'] = 5028
d['lib'] = 5029
d['error'] = 5030
print([k in d for k in ['file']])
d.update({'o2Xm2fnk5po0': 5031, 'k': 5032, 'retries': 5033, 'sha256': 5034})
print([k in d for k in ["it's", 'status', 'truncated', 'd', 'ok', 'hzash9Yn23z']])
d['prerelease'] = 5035
d['VERSION'] = 5036
print([k in d for k in ["it's", 'uutfuyb9f8ul', 's4eoXvxr', 'sha1', 'retries', 'sha']])
d.setdefault('content', 5037)
d['d'] = 5038
print(d.popitem() if d else None)
d['o2Xm2fnk5po0'] = 5039
d['size'] = 5040
print(d.popitem() if d else None)
if 'c' in d: del d['c']
print(list(d.items()))
d['hmBv9Xyd'] = 5041
d['sha1'] = 5042
d['latest'] = 5043
d.update([('truncated', 5044), ('password', 5045)])
d['node_id'] = 5046
d['Y2du172'] = 5047
print([k in d for k in ['back\\slash', '\u20acuro', 'sha', 'name', 'main']])
if 'html_url' in d: del d['html_url']
d['message'] = 5048
d.setdefault('content', 5049)
d['commit'] = 5050
print(list(d.items()))
d.setdefault('content', 5051)
d.pop('documentation_url', None)
if 'truncated' in d: del d['truncated']
d.pop('ujB7a7qXi2', None)
d['Y2du172'] = 5052
print(d.popitem() if d else None)
d['b'] = 5053
d = d.copy()
d['sha256'] = 5054
d['error'] = 5055
print(d.popitem() if d else None)
d['dir'] = 5056
d.clear()
print(list(d.items()))
d['24j8'] = 5057
d.update({'x': 5058, 'ks': 5059, 'size': 5060, 'firmware': 5061, '3AwcC': 5062, 'iXdY3q8': 5063})
if 'timeout' in d: del d['timeout']
if 'sha1' in d: del d['sha1']
if 'wj6i' in d: del d['wj6i']
if 'state' in d: del d['state']
d['\u20acuro'] = 5064
if 'sha256' in d: del d['sha256']
d['YsZ'] = 5065
d.pop('assets', None)
d['type'] = 5066
d = d | {}
if 'published_at' in d: del d['published_at']
d = d | {'commit': 5067, 'id': 5068, 'XvCx5crr5': 5069}
print([k in d for k in ['label', 'c', 'boot.py', 'f76rpbm', '9kB6Bc', 'k']])
if 'nperc3ods1qi' in d: del d['nperc3ods1qi']
print(list(d.items()))
d.update({'kc': 5070, '4e': 5071, 'eZt_c': 5072})
d['wp'] = 5073
d['commit'] = 5074
d.pop('VERSION', None)
d['name'] = 5075
d.update([('6', 5076), ('j6', 5077), ('jkubrX8k', 5078), ('assets', 5079)])
d.pop('documentation_url', None)
d['firmware'] = 5080
d['status'] = 5081
d['error'] = 5082
if 'VERSION' in d: del d['VERSION']
d['truncated'] = 5083
print(d.popitem() if d else None)
d.pop('Y2du172', None)
d['wtrkkgsh5'] = 5084
d['bkwzy_v7oyq'] = 5085
d = d | {}
if 'state' in d: del d['state']
if 'node_id' in d: del d['node_id']
if ' ' in d: del d[' ']
if 'nppl34Bn' in d: del d['nppl34Bn']
d['new\nline'] = 5086
print(list(d.items()))
d.update({'\xdf': 5087, 'name': 5088, '': 5089, 'back\\slash': 5090, 'Z': 5091})
d.update([('id', 5092), ('tag_name', 5093), ('na\xefve', 5094)])
d['jfonBZtto'] = 5095
d['\u20acuro'] = 5096
d['tree'] = 5097
if 'retries' in d: del d['retries']
d['node_id'] = 5098
d['s434f6dw'] = 5099
d['u7'] = 5100
d.pop('nppl34Bn', None)
print(d.popitem() if d else None)
d['sha'] = 5101
if 'udy' in d: del d['udy']
d['assets'] = 5102
d['ota'] = 5103
print(d.popitem() if d else None)
print(list(d.items()))
print([k in d for k in ['ref']])
print(list(d.items()))
print(list(d.items()))
d['lib/ota.py'] = 5104
print(list(d.items()))
d = d.copy()
d['message'] = 5105
d['vzvm'] = 5106
print(list(d.items()))
d['documentation_url'] = 5107
d = d.copy()
print([k in d for k in ['created_at', 'o2Xm2fnk5po0', 'x']])
d = d | {'label': 5108}
d['0ectt'] = 5109
d['c'] = 5110
print([k in d for k in ['', 'kfceayCuAuX', 'oeqoeyf5z']])
print(d.popitem() if d else None)
print(list(d.items()))
d.update({'2mchb': 5111, 't8e': 5112})
d['8x2qt2vny'] = 5113
if 'latest' in d: del d['latest']
d['file'] = 5114
d['timeout'] = 5115
d['bswCafsBZAs1'] = 5116
print(list(d.items()))
d['VERSION'] = 5117
print([k in d for k in ['na\xefve', 'ujB7a7qXi2', ' ']])
d.update([('content', 5118), ('kxhCny7mY1z', 5119)])
print([k in d for k in ['a_ha24k4k', 'VERSION', 'Version']])
d = d | {'encoding': 5120, 'documentation_url': 5121}
d['vzvm'] = 5122
d['ok'] = 5123
if 'C_9q' in d: del d['C_9q']
if 'vzvm' in d: del d['vzvm']
d['l'] = 5124
d['8Bsl'] = 5125
print([k in d for k in ['8x2qt2vny', 'ssid', 'x']])
d['lnae'] = 5126
print(d.popitem() if d else None)
d['y'] = 5127
d['tag_name'] = 5128
d['2XhxYzwoBXf'] = 5129
d['files'] = 5130
d['main.py'] = 5131
if 'sha' in d: del d['sha']
d['e'] = 5132
d['blob'] = 5133
d['message'] = 5134
d['mn6y2x7mxu2'] = 5135
d['tl0Zw'] = 5136
d['ref'] = 5137
d.update([('latest', 5138), ('latest', 5139)])
d.update([('2', 5140)])
d.pop('iXdY3q8', None)
if 'timeout' in d: del d['timeout']
print([k in d for k in ['documentation_url', 'state', '_BCvky7ny7B7', 'html_url']])
print(d.popitem() if d else None)
print(list(d.items()))
d.setdefault('tl0Zw', 5141)
d['na\xefve'] = 5142
d['fo'] = 5143
if 'qYzb4j_zg02C' in d: del d['qYzb4j_zg02C']
if 'port' in d: del d['port']
d['lib'] = 5144
print([k in d for k in ['sha256']])
print(list(d.items()))
d['label'] = 5145
d['prerelease'] = 5146
d['XslqC'] = 5147
d.update({'files': 5148, 'a': 5149})
d['a'] = 5150
d.update({'A1rjqcgw34': 5151, '803ft95l_m0i': 5152})
d['latest'] = 5153
d['host'] = 5154
d['kfceayCuAuX'] = 5155
d['q9jgbeueZvuY'] = 5156
d['blob'] = 5157
print(list(d.items()))
d['mode'] = 5158
d['a2xgacf'] = 5159
d['sha1'] = 5160
d.update({'body': 5161})
d['xr2pag_'] = 5162
d.update({'download_url': 5163, '': 5164})
d['browser_download_url'] = 5165
d = d | {}
d['tag_name'] = 5166
d['host'] = 5167
d['main.py'] = 5168
print(d.popitem() if d else None)
d['pcsu'] = 5169
d['puy161c'] = 5170
d['download_url'] = 5171
print([k in d for k in ['ok']])
d['file'] = 5172
d['vzvm'] = 5173
if 'es1' in d: del d['es1']
d['encoding'] = 5174
print(d.popitem() if d else None)
d.pop('body', None)
d['files'] = 5175
d['kob8c104zcd8'] = 5176
print([k in d for k in ['y']])
d.update([('status', 5177), ('sha1', 5178)])
d['whev2'] = 5179
if 'latest' in d: del d['latest']
if 'sha1' in d: del d['sha1']
print(list(d.items()))
d['y'] = 5180
if 'size' in d: del d['size']
d['blob'] = 5181
d['mA7evZYa'] = 5182
d['timeout'] = 5183
print(d.popitem() if d else None)
d['\u20acuro'] = 5184
d['pc0A2'] = 5185
d.update([('documentation_url', 5186), ('_a', 5187), ('qu0ju6', 5188), ('Cunr', 5189)])
d['ZkC0X'] = 5190
d['draft'] = 5191
d['1u1ird'] = 5192
d.setdefault('documentation_url', 5193)
d.update({'tfXZvm0cvdl': 5194})
d['back\\slash'] = 5195
d['g'] = 5196
d.setdefault('9ACZesXCj', 5197)
d = d.copy()
if 'zkri8vXbu9p' in d: del d['zkri8vXbu9p']
if 'sct' in d: del d['sct']
d['name'] = 5198
d.update([('dir', 5199), ('type', 5200), ('ota', 5201), ('password', 5202), ('browser_download_url', 5203)])
print(list(d.items()))
d.update({'version': 5204, 'assets': 5205, 'caf\xe9': 5206, 'xC0XCq_BYdb4': 5207, 'assets': 5208, '_9Zl': 5209})
d['node_id'] = 5210
print(list(d.items()))
d['node_id'] = 5211
d.update([('state', 5212), ('riAzgso', 5213), ('ok', 5214), ('password', 5215), ('185vb94bs1s', 5216)])
d['tfn9k5dk'] = 5217
d['v1.2.3'] = 5218
d.pop('a', None)
d['timeout'] = 5219
print([k in d for k in ['6mjB']])
d |= {'timeout': 5220, 'VERSION': 5221, 'download_url': 5222, 'size': 5223}
d.clear()
d['name'] = 5224
if 'A' in d: del d['A']
print(list(d.items()))
print([k in d for k in ['truncated', '8', 'id', 'caf\xe9', '\xe9']])
if 'files' in d: del d['files']
d.pop('browser_download_url', None)
d['oeqoeyf5z'] = 5225
print(list(d.items()))
print('# dict_big_1')
d = dict.fromkeys(iter([37, 50]), 0)
print(list(d.items()))
d[-1] = 5228
d[321] = 5229
d[37] = 5230
if 321 in d: del d[321]
d[321] = 5231
d.pop(321, None)
d = d.copy()
print(list(d.items()))
d[-15] = 5232
d[26] = 5233
d[48] = 5234
d[-2] = 5235
d[33] = 5236
d[63] = 5237
if 50 in d: del d[50]
if 63 in d: del d[63]
print([k in d for k in [321, 26, 37, 321]])
d[87] = 5238
d[48] = 5239
d[39] = 5240
if 84 in d: del d[84]
d[96] = 5241
d[88] = 5242
d[2485] = 5243
d[70] = 5244
d[764] = 5245
d[7] = 5246
d[56] = 5247
d.setdefault(50, 5248)
if 70 in d: del d[70]
d.setdefault(7, 5249)
print([k in d for k in [79, 50, 88, 56, 50]])
d[50] = 5250
print(list(d.items()))
print(d.popitem() if d else None)
d[87] = 5251
d = d.copy()
print(list(d.items()))
d = d | {-9: 5252, 19: 5253, -885: 5254, 75: 5255}
d[95] = 5256
print([k in d for k in [50, -1099511627773, 50, 95, -1180591620717411303429, 48]])
d[88] = 5257
print(list(d.items()))
d.update([(48, 5258), (-3, 5259), (-3, 5260)])
d.pop(-3, None)
d.update([(94, 5261), (94, 5262)])
d[-15] = 5263
print([k in d for k in [39]])
d[26] = 5264
if 1099511627776 in d: del d[1099511627776]
d[22] = 5265
d[68] = 5266
print(d.popitem() if d else None)
d[36] = 5267
d[96] = 5268
d[1] = 5269
d[10] = 5270
print(list(d.items()))
d[3686] = 5271
d.update([(-478, 5272), (-6, 5273), (3067, 5274), (1687, 5275), (86, 5276)])
print(list(d.items()))
d[-10] = 5277
d.clear()
d[21] = 5278
d[48] = 5279
d[91] = 5280
d.setdefault(91, 5281)
d[81] = 5282
d.pop(3521, None)
d.pop(37, None)
print([k in d for k in [-15, 91, -1073741825, 99, 81]])
d.setdefault(48, 5283)
d[36] = 5284
d[94] = 5285
d[85] = 5286
print(list(d.items()))
print([k in d for k in [-13]])
d[65] = 5287
d[2147483648] = 5288
d.pop(75, None)
d[-10] = 5289
print([k in d for k in [-6]])
d = d | {}
d.update([(65536, 5290), (0, 5291)])
d[16] = 5292
print(list(d.items()))
d[3569] = 5293
d[32] = 5294
print(list(d.items()))
d[52] = 5295
print(list(d.items()))
d.update([(61, 5296), (30, 5297), (50, 5298), (37, 5299), (17, 5300)])
d[70] = 5301
if 50 in d: del d[50]
d[3745] = 5302
d[1073741823] = 5303
d[25] = 5304
d[61] = 5305
print([k in d for k in [49, 33, 50, -6, 36]])
d[5] = 5306
d.pop(50, None)
d[86] = 5307
print(list(d.items()))
if 50 in d: del d[50]
print(list(d.items()))
d[321] = 5308
d.clear()
d[-15] = 5309
d = d.copy()
if 17 in d: del d[17]
print(d.popitem() if d else None)
if 30 in d: del d[30]
d[91] = 5310
d.pop(11, None)
d[1896] = 5311
if -10 in d: del d[-10]
d[73] = 5312
d.update({37: 5313, 67: 5314, -14: 5315, 95: 5316, 54: 5317})
d[6] = 5318
print(list(d.items()))
d.pop(26, None)
print(list(d.items()))
d[321] = 5319
print([k in d for k in [0, 65536, 50, 88, 30]])
print(list(d.items()))
d[25] = 5320
d[52] = 5321
print(list(d.items()))
print(list(d.items()))
d[55] = 5322
print(d.popitem() if d else None)
d.update({4294967295: 5323, -6: 5324})
d[44] = 5325
d[59] = 5326
d.update({-11: 5327})
d[60] = 5328
d = d | {71: 5329}
d[94] = 5330
d[2147483648] = 5331
if 25 in d: del d[25]
d[84] = 5332
d[1] = 5333
d[28] = 5334
d.pop(49, None)
d[-10] = 5335
if -14 in d: del d[-14]
d[41] = 5336
d[8] = 5337
d = d.copy()
d[67] = 5338
d[12] = 5339
print(list(d.items()))
print([k in d for k in [28, 94, -6]])
print(list(d.items()))
d.pop(48, None)
d[14] = 5340
print([k in d for k in [94, 3495, 67, 37, 5]])
d[91] = 5341
if 91 in d: del d[91]
print(list(d.items()))
if 81 in d: del d[81]
print([k in d for k in [44, -12]])
print(list(d.items()))
d[41] = 5342
d = d.copy()
if 52 in d: del d[52]
d[1621] = 5343
d.update({88: 5344, 4: 5345, 65535: 5346, 59: 5347, 17: 5348})
d[18446744073709551617] = 5349
d[-1099511627773] = 5350
d[83] = 5351
d[41] = 5352
if 81 in d: del d[81]
print(list(d.items()))
d[91] = 5353
print(list(d.items()))
d[-1] = 5354
print([k in d for k in [48, 5, -1073741824, 73, 64]])
if 16 in d: del d[16]
d[52] = 5355
d.setdefault(30, 5356)
d[2008] = 5357
d.setdefault(-11, 5358)
d[-1] = 5359
d[22] = 5360
if 96 in d: del d[96]
if 32 in d: del d[32]
d.clear()
d[16] = 5361
print(d.popitem() if d else None)
d[-2] = 5362
d[83] = 5363
if 36 in d: del d[36]
if -10 in d: del d[-10]
print(d.popitem() if d else None)
d |= {46: 5364, 72: 5365, 1374: 5366}
print([k in d for k in [94, 73, 321, 67, 5]])
d[40] = 5367
print(d.popitem() if d else None)
d.pop(-1, None)
d[91] = 5368
d.pop(50, None)
if 59 in d: del d[59]
if 3686 in d: del d[3686]
d[29] = 5369
d = d | {-13: 5370, -10: 5371, 14: 5372, 66: 5373}
d.update({1: 5374, 46: 5375, 3997: 5376, 62: 5377, 2147483647: 5378, -7: 5379})
print(list(d.items()))
d[-17] = 5380
d.pop(10, None)
d.pop(65535, None)
print(list(d.items()))
d = d | {25: 5381}
if 9 in d: del d[9]
d = d | {}
d[15] = 5382
if -6 in d: del d[-6]
if 2147483648 in d: del d[2147483648]
if 22 in d: del d[22]
d = d.copy()
d.update({3007: 5383, 32: 5384, -939: 5385})
d[63] = 5386
d[1073741824] = 5387
d[1073741823] = 5388
if 76 in d: del d[76]
d[-10] = 5389
print(d.popitem() if d else None)
d.update({56: 5390, 55: 5391, 58: 5392, 96: 5393, 56: 5394})
d[73] = 5395
d[43] = 5396
d[-7] = 5397
if 58 in d: del d[58]
d[79] = 5398
d[55] = 5399
d[46] = 5400
d.pop(37, None)
print([k in d for k in [25, -3]])
if -2 in d: del d[-2]
if 91 in d: del d[91]
print(list(d.items()))
d[560] = 5401
print([k in d for k in [1621, 16, 63, 73, 96, 26]])
d.update({35: 5402, 3375: 5403, 3: 5404, 4294967303: 5405})
d[37] = 5406
if 0 in d: del d[0]
d.setdefault(3926, 5407)
print(list(d.items()))
d |= {3740: 5408}
d[-3] = 5409
d.clear()
d[-10] = 5410
d[1073741823] = 5411
d.update([(35, 5412), (65, 5413), (-18, 5414), (2147483648, 5415), (70, 5416)])
d.update({35: 5417, 2967: 5418, -3: 5419, -744: 5420, 2: 5421})
print(d.popitem() if d else None)
d[65535] = 5422
if 87 in d: del d[87]
d.pop(30, None)
print(list(d.items()))
d[1073741824] = 5423
d[-1] = 5424
d[-1180591620717411303429] = 5425
d.pop(74, None)
print([k in d for k in [0, 41, 50]])
d.update([(3400, 5426), (59, 5427), (33, 5428)])
d[30] = 5429
print(d.popitem() if d else None)
d[99] = 5430
d[-1] = 5431
d[-19] = 5432
d[3] = 5433
d.setdefault(40, 5434)
d[32] = 5435
d[-9] = 5436
print(d.popitem() if d else None)
if 1073741824 in d: del d[1073741824]
print(d.popitem() if d else None)
print([k in d for k in [3, 25, 46, 48, 59, 5]])
print([k in d for k in [79, 48, 2230, 96, 37, 94]])
d[93] = 5437
if 94 in d: del d[94]
print([k in d for k in [41, 62, 26]])
d[2147483648] = 5438
d[32] = 5439
d[3984] = 5440
print(list(d.items()))
print(list(d.items()))
d[20] = 5441
d[12] = 5442
if 36 in d: del d[36]
print(d.popitem() if d else None)
d = d.copy()
if 15 in d: del d[15]
d[54] = 5443
d[11] = 5444
if 46 in d: del d[46]
d[2521] = 5445
d[33] = 5446
if 10 in d: del d[10]
d.update({13: 5447, 38: 5448, -15: 5449, 13: 5450})
d[52] = 5451
d.pop(-15, None)
d[99] = 5452
d[-1099511627773] = 5453
d[80] = 5454
print(list(d.items()))
d[44] = 5455
if 41 in d: del d[41]
d.update({2147483648: 5456, -10: 5457, -19: 5458})
if -3 in d: del d[-3]
d[-7] = 5459
print(list(d.items()))
d = d.copy()
d.update([(67, 5460), (1563, 5461)])
d[46] = 5462
print(list(d.items()))
d[24] = 5463
d[14] = 5464
if 11 in d: del d[11]
d = d | {}
d[85] = 5465
print(list(d.items()))
d[84] = 5466
d.setdefault(14, 5467)
d[67] = 5468
d.clear()
d[-4] = 5469
d[76] = 5470
d[73] = 5471
d[-1073741824] = 5472
d.update({2: 5473, 18: 5474, -330: 5475})
d[-10] = 5476
print(list(d.items()))
if 95 in d: del d[95]
d[24] = 5477
d.update({-589: 5478, 40: 5479, 3268: 5480, 63: 5481, 35: 5482, 85: 5483})
d[58] = 5484
d[38] = 5485
d[8] = 5486
print(list(d.items()))
d.pop(-1, None)
d.update([(7, 5487), (-3, 5488), (97, 5489), (31, 5490)])
if 92 in d: del d[92]
d[2871] = 5491
if 60 in d: del d[60]
d[65535] = 5492
d[66] = 5493
print([k in d for k in [5, -16, 67, -6, 41]])
d[73] = 5494
d.setdefault(91, 5495)
d[21] = 5496
d.update([(86, 5497), (-8, 5498)])
print(list(d.items()))
d[-337] = 5499
d.setdefault(-20, 5500)
d[55] = 5501
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_big_2')
d = {'16g_d_': 5502, ((18, 15), 'gsd1of'): 5503, 69.75: 5504, '_53w': 5505, '5568ky7lp': 5506, None: 5507}
print(list(d.items()))
d = d.copy()
print(list(d.items()))
print(list(d.items()))
d['_53w'] = 5508
d.setdefault(69.75, 5509)
d['iCpZgx'] = 5510
d[-10] = 5511
if 69.75 in d: del d[69.75]
d[37] = 5512
d[(58,)] = 5513
d[(91,)] = 5514
d[287] = 5515
d[44] = 5516
if b'ab' in d: del d[b'ab']
d[74] = 5517
d['cxi3Zwtb'] = 5518
d[b'ab'] = 5519
d[None] = 5520
d[74] = 5521
if ((18, 15), 'gsd1of') in d: del d[((18, 15), 'gsd1of')]
d[22] = 5522
d |= {6: 5523, 'path': 5524}
d[88] = 5525
d['iCpZgx'] = 5526
d[((63, 52), 'Bgn94X')] = 5527
if 'size' in d: del d['size']
d[79] = 5528
print(list(d.items()))
d = d.copy()
d['cxi3Zwtb'] = 5529
print([k in d for k in [287]])
if 7.75 in d: del d[7.75]
d.pop('firmware', None)
print(list(d.items()))
d.update([(0.0, 5530)])
d['84tnyeC0'] = 5531
d['omj'] = 5532
print(d.popitem() if d else None)
d[18446744073709551617] = 5533
if '7c5Z9wu' in d: del d['7c5Z9wu']
d['A'] = 5534
d[96] = 5535
if '84tnyeC0' in d: del d['84tnyeC0']
d.setdefault(None, 5536)
d.setdefault('iCpZgx', 5537)
d['5568ky7lp'] = 5538
d[()] = 5539
print([k in d for k in ['password', -3000000000.0, -6, 74, '51e', (91,)]])
print([k in d for k in [-10, (32, 2147483648, 2147483648), 287, 'wjr', '_53w', 'iCpZgx']])
d['Bcyli9_9Y4j'] = 5540
if 74 in d: del d[74]
d.update({2: 5541, 'retries': 5542})
print([k in d for k in [0.0]])
d[97] = 5543
print(d.popitem() if d else None)
d[b'ab'] = 5544
print(list(d.items()))
print(list(d.items()))
print([k in d for k in [-7, -14, 0, 'A', 'omj']])
d = d.copy()
print(list(d.items()))
d[(50, 'j5')] = 5545
d.update({(2179, 33, -754): 5546, 36: 5547, ((0, 3648), 'id'): 5548, 1293: 5549, 4294967303: 5550})
d[-12] = 5551
d[6] = 5552
print(list(d.items()))
d[-15] = 5553
d.update({-1073741824: 5554, 't6': 5555, 57: 5556})
print([k in d for k in [18446744073709551617, 'created_at', 'A', 37]])
if 8.75 in d: del d[8.75]
d[22] = 5557
d.clear()
d[-6] = 5558
d[(-13, 'cB9kXkn7026')] = 5559
print(list(d.items()))
print([k in d for k in [(93, 49, 85), '_53w', (50, 'j5'), 'omj', ()]])
d['i9ej'] = 5560
d['id'] = 5561
print(list(d.items()))
d.update([(43, 5562), ('6qons5_5Xop', 5563)])
d = d.copy()
if 69.75 in d: del d[69.75]
d['ci'] = 5564
if 88 in d: del d[88]
d[(1688,)] = 5565
d = d.copy()
if 74 in d: del d[74]
if 22 in d: del d[22]
print(list(d.items()))
d[(-4, 'lib')] = 5566
d[b'version'] = 5567
print(d.popitem() if d else None)
print(list(d.items()))
if b'ab' in d: del d[b'ab']
d.setdefault('name', 5568)
d[(-1,)] = 5569
d.pop(-1, None)
if '5568ky7lp' in d: del d['5568ky7lp']
if -12 in d: del d[-12]
d[37] = 5570
if '5568ky7lp' in d: del d['5568ky7lp']
d[50] = 5571
d['tab\there'] = 5572
d['A'] = 5573
d[1] = 5574
d[True] = 5575
d[1] = 5576
d = d | {b'version': 5577, (-17, 3184, 7): 5578}
d[('onfZaegv738', 'idpx')] = 5579
d['caf\xe9'] = 5580
d[60] = 5581
d['hv2lY1c'] = 5582
d.pop(((0, 3648), 'id'), None)
if 'iCpZgx' in d: del d['iCpZgx']
print(list(d.items()))
d = d | {'path': 5583}
d.update({39: 5584, ((-5, 86), 'id'): 5585, 89: 5586, 'password': 5587, 'sha1': 5588})
d.clear()
d[97] = 5589
d[-6] = 5590
d.clear()
d[93] = 5591
if b'version' in d: del d[b'version']
print(d.popitem() if d else None)
print(list(d.items()))
d['guvX4ro6fXX'] = 5592
d = d.copy()
if None in d: del d[None]
d[-6] = 5593
print([k in d for k in [None]])
if -6 in d: del d[-6]
d[('onfZaegv738', 'idpx')] = 5594
d[(77,)] = 5595
if ((63, 52), 'Bgn94X') in d: del d[((63, 52), 'Bgn94X')]
d['9qenY'] = 5596
d[6] = 5597
if 'id' in d: del d['id']
if (-13, 'cB9kXkn7026') in d: del d[(-13, 'cB9kXkn7026')]
d[b''] = 5598
if 2209 in d: del d[2209]
d[7] = 5599
if (-13, 'cB9kXkn7026') in d: del d[(-13, 'cB9kXkn7026')]
d.update({'zi': 5600})
if 4294967303 in d: del d[4294967303]
d.setdefault('url', 5601)
d[False] = 5602
d.pop(85, None)
d[1] = 5603
d[21] = 5604
d[-1] = 5605
d[b''] = 5606
d['By'] = 5607
if 43 in d: del d[43]
d.setdefault('hnpgoi28Yc', 5608)
print(d.popitem() if d else None)
d = d.copy()
d.update([('a', 5609), (1, 5610), (86, 5611), ('timeout', 5612), (b'', 5613)])
if 'retries' in d: del d['retries']
d.update({'0prda74': 5614})
print([k in d for k in [88, 3926, 44]])
d.clear()
d[(74,)] = 5615
print(list(d.items()))
if 'ed9m' in d: del d['ed9m']
d['cxi3Zwtb'] = 5616
d.pop(37, None)
d['zi'] = 5617
d[-2] = 5618
d[(85, 'firmware')] = 5619
print([k in d for k in ['encoding']])
d['name'] = 5620
d[88] = 5621
print(list(d.items()))
d.setdefault('sha1', 5622)
d[29] = 5623
print(list(d.items()))
d.update({None: 5624, 'C41e': 5625})
d[(78, 41, -719)] = 5626
d[((77, 1048), 'published_at')] = 5627
print(d.popitem() if d else None)
d[88] = 5628
d[None] = 5629
print(list(d.items()))
print(list(d.items()))
d[-18] = 5630
d['commit'] = 5631
d[92] = 5632
print(list(d.items()))
d[-12] = 5633
if (91,) in d: del d[(91,)]
d[74] = 5634
if -12.5 in d: del d[-12.5]
d['sha1'] = 5635
d['tab\there'] = 5636
if b'ab' in d: del d[b'ab']
d[True] = 5637
print(list(d.items()))
print(d.popitem() if d else None)
d[-6] = 5638
d.update([('b', 5639)])
d.clear()
if (91,) in d: del d[(91,)]
print([k in d for k in ['id', 'hnpgoi28Yc', 36, -6]])
d[False] = 5640
d[1073741824.5] = 5641
d[38] = 5642
if 'sha1' in d: del d['sha1']
print(list(d.items()))
if (91,) in d: del d[(91,)]
if 93 in d: del d[93]
print(list(d.items()))
print(list(d.items()))
if ((-5, 86), 'id') in d: del d[((-5, 86), 'id')]
d[1.0] = 5643
print(list(d.items()))
if 2761 in d: del d[2761]
d.update([('ab', 5644), (36.75, 5645), ((-742,), 5646)])
d.pop(1073741824.5, None)
d = d.copy()
d[(82, 'pAbC8wCcaua')] = 5647
d.update({((38, 99), '95'): 5648, 1: 5649, 87: 5650, 'mAe6': 5651})
print(list(d.items()))
if 37 in d: del d[37]
d.pop(1, None)
if b'version' in d: del d[b'version']
if 29 in d: del d[29]
print([k in d for k in [None, 'encoding', 21, ('onfZaegv738', 'idpx'), 287]])
d = d | {58: 5652}
if ('erv7ii', 'encoding') in d: del d[('erv7ii', 'encoding')]
if '5568ky7lp' in d: del d['5568ky7lp']
d.setdefault('zi', 5653)
if 38 in d: del d[38]
d[b'ab'] = 5654
if -12 in d: del d[-12]
d[(-1099511627773,)] = 5655
d.update([(-65536, 5656), ('a7gvznCi98cs', 5657), ('password', 5658), ('XlYnlnq6rn', 5659), (-19, 5660)])
d[18446744073709551617] = 5661
d[22] = 5662
d.pop((1688,), None)
print(d.popitem() if d else None)
print(list(d.items()))
d[3084] = 5663
d[-12] = 5664
d[-6] = 5665
if (54, 79, -5) in d: del d[(54, 79, -5)]
d['ab'] = 5666
d['x'] = 5667
d = d | {'oYu20iC27t0g': 5668}
d[18446744073709551617] = 5669
d.pop('By', None)
d.setdefault(b'', 5670)
print(list(d.items()))
print([k in d for k in ['iCpZgx', 417, None, -15]])
if 'an6lB7_' in d: del d['an6lB7_']
d[20.25] = 5671
d.setdefault(74, 5672)
d[4] = 5673
d[((63, 52), 'Bgn94X')] = 5674
d['v1.2.3'] = 5675
d[1282] = 5676
if 1 in d: del d[1]
d['lib'] = 5677
print(list(d.items()))
if 36.75 in d: del d[36.75]
d['host'] = 5678
d[(98,)] = 5679
d[None] = 5680
if None in d: del d[None]
if 1 in d: del d[1]
d.setdefault('b', 5681)
if '84tnyeC0' in d: del d['84tnyeC0']
print([k in d for k in [88]])
if ('onfZaegv738', 'idpx') in d: del d[('onfZaegv738', 'idpx')]
d[('truncated', 'size')] = 5682
print(list(d.items()))
d[94] = 5683
d = d.copy()
d[11.5] = 5684
d.update([(86, 5685), (-1180591620717411303429, 5686)])
d.setdefault('rAdrm4', 5687)
d[2147483647] = 5688
if -14.5 in d: del d[-14.5]
d[-11.25] = 5689
d[4] = 5690
d.pop(37, None)
d.update({'na\xefve': 5691, ((98, 43), 'dbtA8qhm8'): 5692, b'': 5693, 'url': 5694, 'nusk': 5695})
d['Zqb8'] = 5696
if 3329 in d: del d[3329]
d[61] = 5697
d['firmware'] = 5698
print([k in d for k in ['state']])
print(list(d.items()))
print(list(d.items()))
d.update([('truncated', 5699)])
d[()] = 5700
d.update([(82, 5701), (8, 5702), (50, 5703), (3597, 5704)])
print([k in d for k in ['nusk', 74]])
if False in d: del d[False]
print([k in d for k in ['iCpZgx', None]])
d[1.0] = 5705
d['files'] = 5706
d[9] = 5707
d[(169, -1099511627773, 83)] = 5708
print(list(d.items()))
print(list(d.items()))
d[(95, 40, 24)] = 5709
d.pop(50, None)
print(list(d.items()))
d['iCpZgx'] = 5710
d[11] = 5711
d.pop(6, None)
d['i49vc9'] = 5712
d[29.0] = 5713
d[59.75] = 5714
d[75] = 5715
d['ota'] = 5716
if 'zi' in d: del d['zi']
if 'iCpZgx' in d: del d['iCpZgx']
d.pop('main', None)
d.clear()
d = d.copy()
d.setdefault('zYel9ZCC', 5717)
d[97] = 5718
print(list(d.items()))
d[94] = 5719
d = d | {7: 5720, -6: 5721, '5vvstaa116B': 5722, 'prerelease': 5723}
d.update({'prerelease': 5724, -18: 5725})
if 50.25 in d: del d[50.25]
d[2147483647] = 5726
d[2147483647] = 5727
if ((0, 3648), 'id') in d: del d[((0, 3648), 'id')]
d.pop(17, None)
d.update([('xvXes', 5728), ('prerelease', 5729)])
if (1688,) in d: del d[(1688,)]
d[-18] = 5730
print([k in d for k in [45]])
d['host'] = 5731
d['tag_name'] = 5732
print([k in d for k in [None, -18]])
d['retries'] = 5733
d[1.75] = 5734
d[44.75] = 5735
d.update([(-4, 5736)])
if 18446744073709551617 in d: del d[18446744073709551617]
d[(-13,)] = 5737
d['bs'] = 5738
d = d | {'assets': 5739}
d[b''] = 5740
d[b'version'] = 5741
d.update([(('7zcv5b5dcl', 'truncated'), 5742), (1184, 5743), (-18.0, 5744), ('A15_zkz6w', 5745), ((-19, 'a'), 5746)])
d[(29, 'i60dpYA2B7pA')] = 5747
d.update({(-18, '9'): 5748, '0o7ipguv00_8': 5749, 'mode': 5750})
d[(13,)] = 5751
d |= {90: 5752, 'commit': 5753, 1.0: 5754}
print(d.popitem() if d else None)
if b'' in d: del d[b'']
d[True] = 5755
d['4AocC83wq'] = 5756
d['Zu1f'] = 5757
if 'host' in d: del d['host']
d[82] = 5758
d[1.0] = 5759
print(list(d.items()))
d[-20] = 5760
d.setdefault(21, 5761)
d[34.75] = 5762
d[(95, 68, 2819)] = 5763
d['timeout'] = 5764
d['z9'] = 5765
print(list(d.items()))
d[((-776, 19), 'documentation_url')] = 5766
d['created_at'] = 5767
print(d.popitem() if d else None)
d['na\xefve'] = 5768
d[84] = 5769
d['5'] = 5770
print(list(d.items()))
d[78] = 5771
d[-9] = 5772
d[None] = 5773
print([k in d for k in [4, (169, -1099511627773, 83), ((4, -10), 'qYXytkimbfcX'), 'ab', -12]])
d[1.0] = 5774
d['status'] = 5775
d.pop((), None)
d[-818] = 5776
d[-5] = 5777
print(d.popitem() if d else None)
d = d.copy()
d[3706] = 5778
d[(1433,)] = 5779
if () in d: del d[()]
d[(-18, 25, 63)] = 5780
d['ok'] = 5781
if 'zi' in d: del d['zi']
d[b''] = 5782
d['prerelease'] = 5783
d[None] = 5784
d['VERSION'] = 5785
d.update({(-6, 57, 70): 5786, -6.75: 5787, 32.0: 5788, b'version': 5789, ('ckh6Xet', 'Beelth7'): 5790, 'C6wd58f0ino': 5791})
d[b''] = 5792
d[b'ab'] = 5793
print(list(d.items()))
d[-7.0] = 5794
print(list(d.items()))
d['raAdCBocA'] = 5795
print(d.popitem() if d else None)
if 'ok' in d: del d['ok']
d[31] = 5796
if 'b' in d: del d['b']
d.update({1: 5797, 'eXxzXi': 5798, 'bjmXrf': 5799, 73: 5800, 'timeout': 5801, b'ab': 5802})
d[b'version'] = 5803
if -2 in d: del d[-2]
d.update([(((-15, 1779), 'r0gx'), 5804), ('error', 5805)])
if 'Cl' in d: del d['Cl']
d.update({'url': 5806})
if 'iCpZgx' in d: del d['iCpZgx']
if (82, 'pAbC8wCcaua') in d: del d[(82, 'pAbC8wCcaua')]
d[74] = 5807
d[((94, 82), 'crgXbb5C2X')] = 5808
d['b63fugj63'] = 5809
if 'body' in d: del d['body']
print([k in d for k in [20.25, -1, 0.0, 1184, b'ab', 'firmware']])
d[2147483648] = 5810
d[17] = 5811
if -6.75 in d: del d[-6.75]
d['tdoh7Xe'] = 5812
d[((-15, 1779), 'r0gx')] = 5813
d[68] = 5814
d.update([('truncated', 5815), (False, 5816), (-16.0, 5817)])
d[-1073741824] = 5818
print([k in d for k in [b'', (1433,), '_53w', 'XlYnlnq6rn']])
if True in d: del d[True]
print(list(d.items()))
print('# dict_big_3')
d = dict(zip(['w7tws4pwh', 'ok'], [5819, 5820]))
print(list(d.items()))
print([k in d for k in ['ok', 'w7tws4pwh', 'w7tws4pwh', 'ZlzCv5cZ', 'w7tws4pwh', 'ok']])
print([k in d for k in ['w7tws4pwh', 'ok', 'w7tws4pwh', 'ok']])
d['_tnik2gwp6'] = 5821
if 'ok' in d: del d['ok']
d['nfs'] = 5822
d['c'] = 5823
d.pop('error', None)
if 'blob' in d: del d['blob']
if 'Bzmc' in d: del d['Bzmc']
d.update({'password': 5824})
d.update([('boot.py', 5825)])
print(list(d.items()))
d['commit'] = 5826
if 'nfs' in d: del d['nfs']
if '_tnik2gwp6' in d: del d['_tnik2gwp6']
print(list(d.items()))
d['_tnik2gwp6'] = 5827
print(list(d.items()))
d = d.copy()
print(list(d.items()))
d['main'] = 5828
d['002hBy2'] = 5829
d['wu02'] = 5830
d['w7tws4pwh'] = 5831
d['files'] = 5832
d['002hBy2'] = 5833
d.pop('AxCv6Yau1l', None)
print(list(d.items()))
if 'ok' in d: del d['ok']
print(list(d.items()))
d['qwxnvZl85ov'] = 5834
if 'ok' in d: del d['ok']
d[' '] = 5835
d['name'] = 5836
d['tab\there'] = 5837
d['z9yXa'] = 5838
d.update([('tag_name', 5839), ('zltkpC87d5', 5840), ('path', 5841), ('7j_8', 5842), ('tag_name', 5843)])
print(list(d.items()))
print(list(d.items()))
d['002hBy2'] = 5844
print([k in d for k in ['002hBy2', '\u20acuro', ' ', 'qwxnvZl85ov', '_tnik2gwp6']])
print(list(d.items()))
d['created_at'] = 5845
d = d.copy()
if 'main.py' in d: del d['main.py']
d['body'] = 5846
d['002hBy2'] = 5847
d = d.copy()
d['mode'] = 5848
d['6wio'] = 5849
if ' ' in d: del d[' ']
d['encoding'] = 5850
d['files'] = 5851
if 'ok' in d: del d['ok']
if 'tag_name' in d: del d['tag_name']
d['5X'] = 5852
d['body'] = 5853
print([k in d for k in ['body', '3gY7tjx4w']])
d['5X'] = 5854
d['b'] = 5855
if 'mode' in d: del d['mode']
print([k in d for k in ['w7tws4pwh', '002hBy2', 'path', 'tag_name', 'tag_name']])
print(list(d.items()))
d['commit'] = 5856
print(d.popitem() if d else None)
d['id'] = 5857
d['ok'] = 5858
d['b'] = 5859
if 'created_at' in d: del d['created_at']
print(list(d.items()))
if 'uBom' in d: del d['uBom']
d['say "hi"'] = 5860
d.update([('w6j_4_', 5861), ('us', 5862), ('43Ydn', 5863), ('uYnYq31_eZ3', 5864)])
d['X_zo3hyn6fi'] = 5865
if '42b5d1' in d: del d['42b5d1']
d['c'] = 5866
if 'ref' in d: del d['ref']
d['b'] = 5867
if 'o_d' in d: del d['o_d']
print(list(d.items()))
print(list(d.items()))
d['sha256'] = 5868
d.update({'version': 5869})
print(list(d.items()))
print(d.popitem() if d else None)
d[' '] = 5870
if ' ' in d: del d[' ']
d.update({'url': 5871})
if 'body' in d: del d['body']
d['sha256'] = 5872
if 'c' in d: del d['c']
d['7y9331'] = 5873
d = d.copy()
if 'wu02' in d: del d['wu02']
d['l7wd_kvv5'] = 5874
d.pop('zltkpC87d5', None)
d = d.copy()
d.setdefault('5X', 5875)
d = d | {}
d['ref'] = 5876
d['node_id'] = 5877
if 'sha256' in d: del d['sha256']
d['sha256'] = 5878
if 'X_zo3hyn6fi' in d: del d['X_zo3hyn6fi']
if 'b' in d: del d['b']
d.pop('mode', None)
d['y'] = 5879
print([k in d for k in ['5X']])
if 'url' in d: del d['url']
d['\xdf'] = 5880
print([k in d for k in ['name', 'w6j_4_', 'tag_name', 'Y2di4_B6']])
if ' ' in d: del d[' ']
print([k in d for k in ['y', ' ', '2', 'sha256', 'w7tws4pwh', 'z']])
d.pop('uYnYq31_eZ3', None)
d.setdefault('002hBy2', 5881)
d['Ysdbd'] = 5882
d['eolZ5'] = 5883
d.update([('\u20acuro', 5884)])
d['password'] = 5885
print([k in d for k in ['002hBy2', '002hBy2']])
print(d.popitem() if d else None)
d = d | {'blob': 5886}
d['A_pbw'] = 5887
print(list(d.items()))
d['80Zfr'] = 5888
d.update([('y', 5889), ('c1voBsZl', 5890)])
d['download_url'] = 5891
d['hp33xk'] = 5892
d['html_url'] = 5893
d['5'] = 5894
d.setdefault('prerelease', 5895)
if 'A_pbw' in d: del d['A_pbw']
d['boot.py'] = 5896
d['download_url'] = 5897
print([k in d for k in ['g6', 'name', 'firmware']])
d.update([('error', 5898), ('body', 5899), ('published_at', 5900)])
d.update({'5bz7hiws': 5901, 'C9': 5902, 'state': 5903, 'mB': 5904, 'blob': 5905, 'back\\slash': 5906})
d.update([('sha', 5907), ('b', 5908)])
d['c9suwqbz2Ar'] = 5909
d.pop('w0_Y4', None)
print(list(d.items()))
d['cZ'] = 5910
d['ssid'] = 5911
d.clear()
if 'blob' in d: del d['blob']
d['say "hi"'] = 5912
d['tag_name'] = 5913
d['path'] = 5914
print(list(d.items()))
print(list(d.items()))
d.update([('size', 5915), ('host', 5916), ('browser_download_url', 5917)])
d['path'] = 5918
d['6wio'] = 5919
d["it's"] = 5920
if 'mode' in d: del d['mode']
if 'Btj' in d: del d['Btj']
d['firmware'] = 5921
d['w4AxCe_'] = 5922
d['password'] = 5923
print(list(d.items()))
if 'tab\there' in d: del d['tab\there']
d['tag_name'] = 5924
print([k in d for k in ['id']])
d['size'] = 5925
d.update([('ianxZjXXX', 5926), ('BvydZX93_', 5927), ('commit', 5928), ('adwBd', 5929), ('8tikgz', 5930)])
d['firmware'] = 5931
d = d.copy()
if 'body' in d: del d['body']
d['tag_name'] = 5932
print(list(d.items()))
print([k in d for k in ['tag_name', 'caf\xe9', 'ssid', 'name']])
d['Ysdbd'] = 5933
d['size'] = 5934
d['type'] = 5935
d['latest'] = 5936
d.update([('3glaj', 5937)])
if 'Y2edX' in d: del d['Y2edX']
d.setdefault("it's", 5938)
print(d.popitem() if d else None)
if '8b' in d: del d['8b']
d['password'] = 5939
print(list(d.items()))
d['encoding'] = 5940
d['ota'] = 5941
print(list(d.items()))
d['sha'] = 5942
d['ru'] = 5943
if 'l7wd_kvv5' in d: del d['l7wd_kvv5']
d['5ce'] = 5944
d['5f3stutzwq'] = 5945
print(list(d.items()))
d['vtqhx16X'] = 5946
print(list(d.items()))
d['firmware'] = 5947
print([k in d for k in ['002hBy2', 'body', '002hBy2', 'hp33xk', 'jf', '6wio']])
d['pm066snC1z'] = 5948
d = d.copy()
print([k in d for k in ['prerelease']])
d['error'] = 5949
d['body'] = 5950
if 'eolZ5' in d: del d['eolZ5']
print([k in d for k in ['lrhZsy', 'size', 'tab\there', 'c']])
if '6wio' in d: del d['6wio']
d['files'] = 5951
d['dso51e'] = 5952
d.update([('zYzeymx74', 5953), ('e', 5954), ('Anf', 5955)])
d['n5Bix4x0nu6b'] = 5956
d['content'] = 5957
d = d | {'h': 5958, '': 5959, 'new\nline': 5960}
d['b'] = 5961
d.pop('b', None)
d['unX3v'] = 5962
print(list(d.items()))
d['w0_m4tYk9A2k'] = 5963
d.update({'sha1': 5964, 'node_id': 5965, 'nj_': 5966, 'status': 5967})
d.pop('error', None)
d['main.py'] = 5968
if 'content' in d: del d['content']
print(list(d.items()))
d['c'] = 5969
d['b'] = 5970
print([k in d for k in ['002hBy2', 'url', 'truncated', 'wkw2fq5zXBm5', '6wio', 'unX3v']])
if 'status' in d: del d['status']
d.update({'truncated': 5971, 'Zfdln3': 5972})
d["it's"] = 5973
print(list(d.items()))
d['port'] = 5974
print(list(d.items()))
d['YzXuf88'] = 5975
d['id'] = 5976
d['created_at'] = 5977
d['error'] = 5978
d['encoding'] = 5979
d['password'] = 5980
print([k in d for k in ['vtqhx16X', 'download_url', 'browser_download_url', 'dso51e', 'label']])
d['rCBn9d9'] = 5981
d['prerelease'] = 5982
d['YzXuf88'] = 5983
d['BAyYzka5ry'] = 5984
d = d.copy()
print([k in d for k in ['path']])
d['nas'] = 5985
d.setdefault('id', 5986)
d.update({'type': 5987})
d['type'] = 5988
d['html_url'] = 5989
print([k in d for k in ['dir', '43Ydn', '_tnik2gwp6', 'Bxjn']])
d['w0_m4tYk9A2k'] = 5990
if 'sha1' in d: del d['sha1']
d.setdefault('w7tws4pwh', 5991)
print(list(d.items()))
d["it's"] = 5992
print(list(d.items()))
print([k in d for k in ['Y8', 'body', 'us', 'ru', '8tikgz', 'type']])
d['port'] = 5993
d['Ysdbd'] = 5994
print(list(d.items()))
d.clear()
d.update({'18mp5l0rBq12': 5995, 'encoding': 5996, 'tree': 5997, 'lib/ota.py': 5998, 'sha256': 5999})
d.update([('Anp', 6000), ('main', 6001), ('sha', 6002), ('error', 6003), ('ox9tAx1', 6004)])
d['ychci7'] = 6005
d.update([('Ywam', 6006), ('published_at', 6007), ('v1.2.3', 6008), ('error', 6009)])
d['commit'] = 6010
d['download_url'] = 6011
if 'eolZ5' in d: del d['eolZ5']
d['tree'] = 6012
print(list(d.items()))
if 'boot.py' in d: del d['boot.py']
if 'C9' in d: del d['C9']
d['ok'] = 6013
d['owggux_ngl9b'] = 6014
if 'sha256' in d: del d['sha256']
d['_'] = 6015
d.clear()
d.pop('5X', None)
print([k in d for k in ['w7tws4pwh', 'c', 'body']])
d['Yiucuhncol1i'] = 6016
d['9xfit'] = 6017
d['b'] = 6018
print(list(d.items()))
d |= {'firmware': 6019, 'latest': 6020, 'ota': 6021}
d['lBotg5x4'] = 6022
d.update([('download_url', 6023), ('8', 6024), ('_r48xn', 6025)])
d['y'] = 6026
d['vehdC'] = 6027
d.setdefault('ota', 6028)
d['j'] = 6029
d.update([('main', 6030), ('host', 6031), ('created_at', 6032), ('boot.py', 6033)])
d['sha'] = 6034
d.pop('\xdf', None)
print(d.popitem() if d else None)
print(list(d.items()))
d['ni6YYnr'] = 6035
d.update([('tp4iZs0c', 6036)])
d.update({'_t': 6037, 'y': 6038, 'nm30dhks3dZt': 6039})
d['oxy'] = 6040
print(list(d.items()))
print(list(d.items()))
if 'Ysdbd' in d: del d['Ysdbd']
print(d.popitem() if d else None)
d['s'] = 6041
if 'uYnYq31_eZ3' in d: del d['uYnYq31_eZ3']
print(list(d.items()))
d['back\\slash'] = 6042
d['sha'] = 6043
print(d.popitem() if d else None)
print(list(d.items()))
if 'sha' in d: del d['sha']
print(d.popitem() if d else None)
d.update([('Zwjm', 6044), ('type', 6045)])
d['nas'] = 6046
d['tag_name'] = 6047
d['j'] = 6048
d['2ipYsxc7'] = 6049
d['latest'] = 6050
d['prerelease'] = 6051
d['host'] = 6052
d['w7tws4pwh'] = 6053
if 'tag_name' in d: del d['tag_name']
if 'tree' in d: del d['tree']
d['browser_download_url'] = 6054
d['1'] = 6055
d['lcz6cZb66i'] = 6056
d['download_url'] = 6057
d['gpp09p'] = 6058
d.pop('files', None)
d['y8k'] = 6059
d['\xe9'] = 6060
d['\xe9'] = 6061
d.update([('yABzcw2hAtY', 6062), ('a', 6063), ("it's", 6064), ('w29a2txYr0r5', 6065)])
d.setdefault('gpp09p', 6066)
d['ref'] = 6067
d['f99wCcoqiZr'] = 6068
if 'b' in d: del d['b']
if 'nas' in d: del d['nas']
if 'nsCA2' in d: del d['nsCA2']
if 'b' in d: del d['b']
if '5X' in d: del d['5X']
d |= {'tree': 6069, 'path': 6070, '27aX59ki': 6071, 'st0z': 6072}
d['encoding'] = 6073
d['tree'] = 6074
d['5h_B4k9'] = 6075
d['85AzAmi2'] = 6076
d.update([('node_id', 6077), ('ota', 6078), ('zpZkcl', 6079), ('path', 6080), ('kxgdm4ntz1va', 6081)])
d['x8l1i0v'] = 6082
print(list(d.items()))
d['\U0001f600'] = 6083
d['i4itp'] = 6084
d['port'] = 6085
d['file'] = 6086
print(list(d.items()))
d['tree'] = 6087
d['sha1'] = 6088
print([k in d for k in ['Ywam', 'tab\there', 'b', 'kxgdm4ntz1va', 'main', "it's"]])
print([k in d for k in ['a', '\xe9', 'tag_name']])
d['X6'] = 6089
d['z_i'] = 6090
print([k in d for k in ['l7wd_kvv5']])
d['4_geoZt0zaa8'] = 6091
d['kcw'] = 6092
if 'body' in d: del d['body']
print(list(d.items()))
if 'assets' in d: del d['assets']
d['ota'] = 6093
print([k in d for k in ['ref', 'back\\slash']])
d['8kmbA'] = 6094
if "it's" in d: del d["it's"]
d = d | {'Version': 6095}
if 'download_url' in d: del d['download_url']
if 'mB' in d: del d['mB']
d['lBotg5x4'] = 6096
if '' in d: del d['']
d['f99wCcoqiZr'] = 6097
print(d.popitem() if d else None)
d['_nmsh4'] = 6098
d['html_url'] = 6099
d['lib/ota.py'] = 6100
d['version'] = 6101
d['6AcAlu'] = 6102
print([k in d for k in ['encoding', 'ota']])
d["it's"] = 6103
d.pop('20', None)
if '5X' in d: del d['5X']
d['w0jmrfjz'] = 6104
if '80Zfr' in d: del d['80Zfr']
d['file'] = 6105
d['mode'] = 6106
d['sha'] = 6107
d['version'] = 6108
print([k in d for k in ['tree', 'encoding', 'version', 'error']])
d['_nX69nzjgcs2'] = 6109
d['o52oqBjkrb0'] = 6110
print([k in d for k in ['i4itp']])
print(d.popitem() if d else None)
d['n05X8iXc'] = 6111
d['sha'] = 6112
print(d.popitem() if d else None)
d['tree'] = 6113
print(d.popitem() if d else None)
if '80Zfr' in d: del d['80Zfr']
d['mode'] = 6114
print([k in d for k in ['ychci7', 'state', 'encoding']])
d['v1.2.3'] = 6115
if 'lBotg5x4' in d: del d['lBotg5x4']
d['c'] = 6116
d = d.copy()
d['ia4weBmmC0'] = 6117
d['state'] = 6118
d['ACYwkpvw'] = 6119
d['jq'] = 6120
d.update({'name': 6121})
d['qXd8bjx09g_'] = 6122
d.update([('x5Xsj', 6123), ('bau6sb', 6124), ('_3b', 6125), ('retries', 6126), ('status', 6127)])
d['say "hi"'] = 6128
d['lvrc41y'] = 6129
d['b3opiqc'] = 6130
d.pop('ACYwkpvw', None)
d['version'] = 6131
print([k in d for k in ['f99wCcoqiZr', 'nas', 'sha1']])
d['\xe9'] = 6132
d.update({'lib': 6133, 'browser_download_url': 6134})
print(list(d.items()))
d['back\\slash'] = 6135
if 'published_at' in d: del d['published_at']
print(list(d.items()))
print([k in d for k in ['_3b', 'B', '5h_B4k9']])
print([k in d for k in ['name', '6AcAlu', 'error', '07', 'Zwjm']])
print(list(d.items()))
d['tree'] = 6136
if 'version' in d: del d['version']
if 'firmware' in d: del d['firmware']
d['commit'] = 6137
d['name'] = 6138
d['draft'] = 6139
if 'i4itp' in d: del d['i4itp']
if 'eolZ5' in d: del d['eolZ5']
d['3pydAkXdk'] = 6140
d.setdefault('port', 6141)
d['main'] = 6142
d['ghfdZ3s'] = 6143
d['back\\slash'] = 6144
d.setdefault('A9q4771', 6145)
if 'port' in d: del d['port']
print([k in d for k in ['commit', 'e_A04B']])
d['ogmBi3ZA'] = 6146
d['l8'] = 6147
d['error'] = 6148
d['version'] = 6149
d['q_6'] = 6150
d |= {'A2vy2kA': 6151, 'files': 6152, 'p2uc1b6Bm': 6153}
print(list(d.items()))
d = d | {'h2of5teo': 6154, 'file': 6155, 'maoY6Aoz': 6156}
d['blob'] = 6157
d['0'] = 6158
d.pop('sha', None)
print([k in d for k in ['3glaj', 'download_url', 'tag_name']])
d['vn3YB2'] = 6159
d['published_at'] = 6160
d.update({'version': 6161, '\xdf': 6162, '0c8je': 6163, 'host': 6164, 'mode': 6165, 'status': 6166})
d.setdefault('_3b', 6167)
d['name'] = 6168
d['back\\slash'] = 6169
print([k in d for k in ['boot.py', 'body', '0ouoeip', 'Zfdln3', '\xdf', '2ipYsxc7']])
d['blob'] = 6170
print([k in d for k in ['r5gm', 'download_url', '0c8je', 'ref']])
d['sha'] = 6171
print(list(d.items()))
d.setdefault('g_p1tzX4Bev', 6172)
if 'sha' in d: del d['sha']
d['published_at'] = 6173
d['size'] = 6174
print(list(d.items()))
if 'sha256' in d: del d['sha256']
d.update({'b3whZXeplZ3': 6175, '14i': 6176})
d['prerelease'] = 6177
d['assets'] = 6178
d.update({'retries': 6179})
d = d.copy()
d['1gcphy4Ck'] = 6180
d['ref'] = 6181
d['documentation_url'] = 6182
print(list(d.items()))
if 'port' in d: del d['port']
print([k in d for k in ['18mp5l0rBq12', 'oxy', 'YzXuf88', 'commit', 'status', '0c8je']])
d['password'] = 6183
d.pop('Ysdbd', None)
d['khY5t1h56z'] = 6184
d.setdefault('dir', 6185)
if 'assets' in d: del d['assets']
d['pqzCisBZt7AC'] = 6186
d.update({'z_7xe': 6187})
print([k in d for k in ['id', '3glaj']])
d['tag_name'] = 6188
d['html_url'] = 6189
d = d.copy()
d["it's"] = 6190
d['u2q'] = 6191
d['hz6c0t5qhcXx'] = 6192
d['Z'] = 6193
d['ssid'] = 6194
if 'w7tws4pwh' in d: del d['w7tws4pwh']
if 'e' in d: del d['e']
d['cA4Xd4_0yb'] = 6195
d.update([('zo_hku0fpc3', 6196), ('_nc6fqqb1', 6197), ('draft', 6198), ('blob', 6199), ('c', 6200)])
d['password'] = 6201
if 'a' in d: del d['a']
d['tag_name'] = 6202
d['sha1'] = 6203
print(list(d.items()))
d['Zr4dc8j'] = 6204
d.setdefault('8heAx', 6205)
d.pop('A_pbw', None)
d.clear()
d |= {'sha': 6206, 'hX4u': 6207}
d['h08Yoyrdn'] = 6208
d['8kmbA'] = 6209
d.pop('body', None)
d['created_at'] = 6210
print([k in d for k in ['80Zfr', 'download_url', 'b', '5ce', 'x8l1i0v', 'ghfdZ3s']])
if 'url' in d: del d['url']
d = d.copy()
d["it's"] = 6211
if 'password' in d: del d['password']
d.update({'\U0001f600': 6212})
d['type'] = 6213
d['v1.2.3'] = 6214
d['published_at'] = 6215
d['rcn5gz4gq'] = 6216
d['\U0001f600'] = 6217
d['size'] = 6218
d.setdefault('port', 6219)
if 'id' in d: del d['id']
d['a'] = 6220
d.update({'_rij7jb8': 6221, '5cq3e': 6222, 'vyngmg': 6223, '5ramZu': 6224})
d.update({'xnmZ': 6225, 'published_at': 6226, 'retries': 6227, 'ok': 6228, 'm6rntlyjrj': 6229, 'c': 6230})
if 'vjrkyY' in d: del d['vjrkyY']
d['c1p7ll'] = 6231
d['XuwlzqaXZ1cg'] = 6232
print(list(d.items()))
d['na\xefve'] = 6233
d.update([('node_id', 6234), ('i4', 6235), ('sha256', 6236), ('message', 6237)])
d['truncated'] = 6238
d['pdc3'] = 6239
d['lib/ota.py'] = 6240
if 'name' in d: del d['name']
d['latest'] = 6241
print([k in d for k in ['\xe9', 'x5Xsj', '_', 'unX3v']])
d.update([('qksCvcphx', 6242)])
d['Zr4dc8j'] = 6243
if 'l7wd_kvv5' in d: del d['l7wd_kvv5']
d['14i'] = 6244
d['lib'] = 6245
d.update({'html_url': 6246, 'VERSION': 6247, 'sp': 6248, 'boot.py': 6249, 'say "hi"': 6250, '7Y4zv_je3Y': 6251})
d['ota'] = 6252
d.update([('commit', 6253), ('url', 6254)])
print(list(d.items()))
d.clear()
d['_'] = 6255
d['timeout'] = 6256
d['name'] = 6257
d |= {'documentation_url': 6258, 'ptgdbpeprj': 6259, '3': 6260, 'B0': 6261}
if 'vyngmg' in d: del d['vyngmg']
print(list(d.items()))
d['clj'] = 6262
print(list(d.items()))
if '_tnik2gwp6' in d: del d['_tnik2gwp6']
print(list(d.items()))
if '_' in d: del d['_']
d['jkk'] = 6263
d.setdefault('rCBn9d9', 6264)
print(list(d.items()))
print(list(d.items()))
d['y'] = 6265
d['type'] = 6266
d['779k'] = 6267
d['ad1y'] = 6268
d['ok'] = 6269
d.pop('5cq3e', None)
d['A'] = 6270
d['o50a5r'] = 6271
print(d.popitem() if d else None)
if 'firmware' in d: del d['firmware']
d['published_at'] = 6272
d.pop('blob', None)
d['retries'] = 6273
if '6pra06Xxez' in d: del d['6pra06Xxez']
d.clear()
d['created_at'] = 6274
d['a'] = 6275
d['gYpfes'] = 6276
d['url'] = 6277
d['b'] = 6278
d['VERSION'] = 6279
if 'dir' in d: del d['dir']
print(list(d.items()))
print(list(d.items()))
d['B8y2aks3nf'] = 6280
print([k in d for k in ["it's", 'password']])
d.setdefault('6AcAlu', 6281)
d['inkvahtB'] = 6282
d['6lfYoh3_bs'] = 6283
d.update([('7_Bdp9_f', 6284), ('content', 6285), ('documentation_url', 6286), ('latest', 6287), ('created_at', 6288)])
d.update({'draft': 6289})
d['say "hi"'] = 6290
d['ref'] = 6291
print(list(d.items()))
print('# dict_big_4')
d = {2: 6292, 87: 6293, 55: 6294, 79: 6295, 27: 6296, -3: 6297, 18: 6298, -925: 6299, -18: 6300, 10: 6301, -10: 6302, 85: 6303}
print(list(d.items()))
d[19] = 6304
d[49] = 6305
d[15] = 6306
print(list(d.items()))
d[66] = 6307
print(list(d.items()))
d[-16] = 6308
d = d.copy()
d.pop(5, None)
d.update([(1468, 6309), (25, 6310), (-19, 6311), (99, 6312)])
d[87] = 6313
d[76] = 6314
print(list(d.items()))
d[-10] = 6315
d[43] = 6316
d[3199] = 6317
if 3916 in d: del d[3916]
d[64] = 6318
if 2 in d: del d[2]
d.update([(28, 6319), (-12, 6320), (-7, 6321), (-10, 6322)])
d[2950] = 6323
d[63] = 6324
if 91 in d: del d[91]
d[70] = 6325
d[17] = 6326
d[-18] = 6327
if -16 in d: del d[-16]
d[44] = 6328
print([k in d for k in [1468, 17, 28, -3, 4]])
print(list(d.items()))
d[55] = 6329
print(list(d.items()))
d[-4] = 6330
d.update({72: 6331, 2754: 6332, 52: 6333, 96: 6334, 62: 6335})
print(list(d.items()))
d[66] = 6336
d[94] = 6337
d[2950] = 6338
d[321] = 6339
d[14] = 6340
d[64] = 6341
d[61] = 6342
print(list(d.items()))
d.update({4: 6343, 48: 6344, 50: 6345, 1799: 6346})
d.update([(3, 6347), (32, 6348), (8, 6349), (90, 6350)])
if 25 in d: del d[25]
d.setdefault(66, 6351)
d[66] = 6352
d = d | {}
d[85] = 6353
if -18 in d: del d[-18]
d.pop(-7, None)
if 71 in d: del d[71]
d |= {9: 6354, 66: 6355, 6: 6356, -169: 6357}
print(list(d.items()))
print(list(d.items()))
if 32 in d: del d[32]
d[9] = 6358
d.update([(18446744073709551617, 6359), (3074, 6360), (78, 6361)])
d = d.copy()
print([k in d for k in [18, 19, 1468, 32]])
d[4294967303] = 6362
d.pop(9, None)
if 18 in d: del d[18]
d[50] = 6363
print(d.popitem() if d else None)
d[29] = 6364
d[50] = 6365
d[31] = 6366
d[79] = 6367
d.update({-19: 6368})
if 18446744073709551617 in d: del d[18446744073709551617]
d[43] = 6369
d[59] = 6370
d.setdefault(88, 6371)
d[-4] = 6372
d.update([(2147483648, 6373), (60, 6374), (-3, 6375), (43, 6376)])
d.setdefault(3199, 6377)
d[43] = 6378
d[97] = 6379
d[99] = 6380
if 43 in d: del d[43]
d[1153] = 6381
if 66 in d: del d[66]
d[4] = 6382
d[26] = 6383
d[648] = 6384
d[2754] = 6385
if 52 in d: del d[52]
d.clear()
d[1332] = 6386
d[93] = 6387
d[71] = 6388
if 2622 in d: del d[2622]
d = d.copy()
d[13] = 6389
d.pop(2754, None)
d.update({25: 6390, 25: 6391, -19: 6392, 65535: 6393, -20: 6394})
d[26] = 6395
print(list(d.items()))
d.setdefault(94, 6396)
d[90] = 6397
d[21] = 6398
d[-3] = 6399
if 44 in d: del d[44]
print(list(d.items()))
d.pop(4294967303, None)
print(list(d.items()))
if -3 in d: del d[-3]
d.setdefault(2147483648, 6400)
d[95] = 6401
d[-18] = 6402
print(list(d.items()))
d[-9] = 6403
d.setdefault(4, 6404)
d[50] = 6405
d = d.copy()
d[88] = 6406
d.setdefault(76, 6407)
d.pop(25, None)
d[-16] = 6408
d[43] = 6409
d[26] = 6410
print([k in d for k in [14, -4, 2754]])
d[8] = 6411
d[20] = 6412
d = d | {}
d[28] = 6413
print(list(d.items()))
print(d.popitem() if d else None)
d.update({16: 6414, -11: 6415, 44: 6416, 59: 6417, 18446744073709551617: 6418})
d[66] = 6419
d[1784] = 6420
d[78] = 6421
d.pop(14, None)
d[52] = 6422
d[65] = 6423
d[-350] = 6424
d[65] = 6425
if 44 in d: del d[44]
if 3791 in d: del d[3791]
d.clear()
d.pop(25, None)
d[87] = 6426
print(list(d.items()))
d[300] = 6427
d.update({15: 6428, 33: 6429, 2637: 6430, 1: 6431, 27: 6432, -10: 6433})
if 4 in d: del d[4]
d[78] = 6434
d[16] = 6435
if 40 in d: del d[40]
print([k in d for k in [3]])
d[84] = 6436
d.update({47: 6437, -11: 6438, 95: 6439, 67: 6440})
d[-4] = 6441
d[2950] = 6442
d[34] = 6443
print([k in d for k in [12, 88]])
d[30] = 6444
d[25] = 6445
d.pop(43, None)
d[69] = 6446
if 3199 in d: del d[3199]
print([k in d for k in [-19, 19, 12, 11, 65]])
if 66 in d: del d[66]
print([k in d for k in [87]])
print(list(d.items()))
print([k in d for k in [25, 1799, 25, 27, 64, 4]])
d[1] = 6447
d[1073741824] = 6448
d[2734] = 6449
if 321 in d: del d[321]
if -979 in d: del d[-979]
print([k in d for k in [67, 8, 19, 2147483648]])
d[9] = 6450
d.clear()
d.pop(-9, None)
print(d.popitem() if d else None)
if 1506 in d: del d[1506]
d.pop(19, None)
if 2 in d: del d[2]
d = d.copy()
print(list(d.items()))
d.update({-65536: 6451, 18: 6452})
print(list(d.items()))
print(list(d.items()))
d[99] = 6453
if -19 in d: del d[-19]
print(list(d.items()))
if 15 in d: del d[15]
d = d | {21: 6454}
d[4] = 6455
if 63 in d: del d[63]
d[42] = 6456
if 79 in d: del d[79]
d[16] = 6457
d[-47] = 6458
d[466] = 6459
print([k in d for k in [44]])
print(d.popitem() if d else None)
print(list(d.items()))
d[88] = 6460
print(list(d.items()))
print([k in d for k in [5, -19]])
d[-17] = 6461
d = d | {-2: 6462}
d[2734] = 6463
d.setdefault(72, 6464)
if 92 in d: del d[92]
d[32] = 6465
print([k in d for k in [96, 18446744073709551617]])
d[1153] = 6466
d[83] = 6467
d[18] = 6468
d.update([(74, 6469), (-922, 6470), (36, 6471)])
d[72] = 6472
d[20] = 6473
d[7] = 6474
d[29] = 6475
d[1] = 6476
print(list(d.items()))
print([k in d for k in [36, -740, 44, 72, 321, 2]])
d[9] = 6477
d[-582] = 6478
print([k in d for k in [3074, 75, 3, 48]])
d[65535] = 6479
d.pop(40, None)
print([k in d for k in [33, 71, 99, 66, 1]])
d[1] = 6480
if -12 in d: del d[-12]
d[38] = 6481
print(d.popitem() if d else None)
d[37] = 6482
d.update([(-20, 6483), (10, 6484), (-17, 6485), (18, 6486)])
d[82] = 6487
if 29 in d: del d[29]
d[28] = 6488
d[49] = 6489
d[57] = 6490
print(list(d.items()))
d.pop(69, None)
d[59] = 6491
print(list(d.items()))
if 52 in d: del d[52]
print(list(d.items()))
d.setdefault(77, 6492)
d[43] = 6493
d.setdefault(2998, 6494)
d[-4] = 6495
d[5] = 6496
print(list(d.items()))
if 69 in d: del d[69]
print([k in d for k in [1784, 2950, 59]])
d[99] = 6497
d.pop(1784, None)
if 9 in d: del d[9]
d[11] = 6498
if 18446744073709551617 in d: del d[18446744073709551617]
if 84 in d: del d[84]
if -19 in d: del d[-19]
d[12] = 6499
d[-245] = 6500
d[1073741823] = 6501
if 18 in d: del d[18]
d[47] = 6502
if 1 in d: del d[1]
d[38] = 6503
d[1578] = 6504
if 1 in d: del d[1]
if 90 in d: del d[90]
d.setdefault(24, 6505)
if 18 in d: del d[18]
if 300 in d: del d[300]
d[930] = 6506
if 42 in d: del d[42]
print([k in d for k in [321]])
d[27] = 6507
d[5] = 6508
d.setdefault(94, 6509)
d = d | {}
d[68] = 6510
d[65536] = 6511
d[79] = 6512
d[22] = 6513
print([k in d for k in [53, 54, 33]])
d.update([(56, 6514), (1073741823, 6515), (1846, 6516)])
d[-65536] = 6517
print(d.popitem() if d else None)
print(list(d.items()))
d[24] = 6518
d[55] = 6519
d[67] = 6520
d.clear()
d.update([(-36, 6521), (17, 6522)])
if 75 in d: del d[75]
print(list(d.items()))
d[-925] = 6523
d.update({2402: 6524, 66: 6525, 81: 6526})
d[64] = 6527
d.update({94: 6528, 81: 6529, 37: 6530})
d[-989] = 6531
d.setdefault(51, 6532)
print([k in d for k in [44, 52, 14]])
print([k in d for k in [81, 70, 1332]])
d[23] = 6533
d = d | {98: 6534}
if 59 in d: del d[59]
d[1957] = 6535
d.setdefault(33, 6536)
d[12] = 6537
if -7 in d: del d[-7]
print(list(d.items()))
print([k in d for k in [2950, 74, 18446744073709551617, 79, 13, 74]])
d[2147483648] = 6538
print(list(d.items()))
d[-1180591620717411303429] = 6539
d[89] = 6540
if 82 in d: del d[82]
d.pop(74, None)
d[97] = 6541
d[94] = 6542
d = d.copy()
if 648 in d: del d[648]
d = d | {}
d[71] = 6543
d[37] = 6544
d[18] = 6545
if 87 in d: del d[87]
d[65536] = 6546
d[-847] = 6547
if 66 in d: del d[66]
d[41] = 6548
if 93 in d: del d[93]
d[1] = 6549
d.setdefault(24, 6550)
if 26 in d: del d[26]
d[2504] = 6551
d.update([(8, 6552), (10, 6553), (40, 6554)])
print(list(d.items()))
print('# dict_big_5')
d = {-19.0: 6555}
print(list(d.items()))
if (55, 38, 68) in d: del d[(55, 38, 68)]
d[-673] = 6556
print(list(d.items()))
d[b'version'] = 6557
print([k in d for k in [b'version', 89]])
d[b'version'] = 6558
print(list(d.items()))
d[5] = 6559
d[()] = 6560
print(list(d.items()))
d = d.copy()
d['browser_download_url'] = 6561
d[3.25] = 6562
d[-2] = 6563
d[None] = 6564
print([k in d for k in [b'version']])
d[73.5] = 6565
d[-15] = 6566
if False in d: del d[False]
d[b'version'] = 6567
d[46] = 6568
d.setdefault(b'version', 6569)
print(list(d.items()))
d[()] = 6570
d[16.75] = 6571
d[93] = 6572
if 3.25 in d: del d[3.25]
print([k in d for k in [b'version']])
print([k in d for k in [3.25, 27, b'version', 2147483647, 96]])
print([k in d for k in ['5pZ1_']])
d[-3000000000.0] = 6573
d['sha'] = 6574
d['label'] = 6575
if 46 in d: del d[46]
print([k in d for k in [3.25, b'version', (), -673, ()]])
d[17] = 6576
d[None] = 6577
print([k in d for k in ['main']])
d[76.75] = 6578
d.update([(2147483648, 6579), ('boot.py', 6580), (-13, 6581), ('ab', 6582), (2893, 6583)])
d[1099511627776] = 6584
d['na\xefve'] = 6585
d['error'] = 6586
d = d.copy()
d.pop(None, None)
print(list(d.items()))
d[b'version'] = 6587
d[(98, 'ota')] = 6588
d['files'] = 6589
d[3685] = 6590
if 2893 in d: del d[2893]
d[1.0] = 6591
d['sha'] = 6592
print([k in d for k in [2893, True, 'ota']])
d.pop('files', None)
d[24] = 6593
d[40] = 6594
d[-15.25] = 6595
print([k in d for k in [(98, 'ota'), -2, 'na\xefve', b'version', -673]])
d = d.copy()
d[75] = 6596
if 'lib/ota.py' in d: del d['lib/ota.py']
print(list(d.items()))
d.pop(83, None)
d.update([('ab', 6597)])
d[46.25] = 6598
d.pop(2893, None)
d['blob'] = 6599
d['dir'] = 6600
d.pop(99, None)
d['tab\there'] = 6601
print(d.popitem() if d else None)
d[18446744073709551617] = 6602
print(list(d.items()))
print(list(d.items()))
if b'' in d: del d[b'']
if b'version' in d: del d[b'version']
d.setdefault(-3000000000.0, 6603)
print(list(d.items()))
d[7] = 6604
print(d.popitem() if d else None)
d['ab'] = 6605
if 1.0 in d: del d[1.0]
print(list(d.items()))
if 73.5 in d: del d[73.5]
d['mode'] = 6606
d[-15] = 6607
d[57] = 6608
d[504] = 6609
print(list(d.items()))
if 1786 in d: del d[1786]
print([k in d for k in ['na\xefve', -673, 5, 40]])
d[1] = 6610
d = d.copy()
d.update([('lib', 6611), ('niq86iu', 6612), (46, 6613)])
print(list(d.items()))
d[b'ab'] = 6614
d.setdefault(1, 6615)
if 65 in d: del d[65]
d[1.0] = 6616
d[()] = 6617
d = d.copy()
d.pop('label', None)
d['message'] = 6618
d.setdefault((3780, '3'), 6619)
d[2147483648] = 6620
if 58 in d: del d[58]
d[((-15, 97), 'y')] = 6621
d['url'] = 6622
d[16.75] = 6623
d[42.5] = 6624
d['lib'] = 6625
d['X1'] = 6626
if 'tab\there' in d: del d['tab\there']
d.update({'Zau': 6627, 'ref': 6628, 'awl_e': 6629})
d[-10] = 6630
d['lib'] = 6631
d[2.75] = 6632
print(list(d.items()))
d['sha'] = 6633
d.setdefault('sha256', 6634)
if () in d: del d[()]
d['password'] = 6635
d['6YtjXzxuqt67'] = 6636
if 76.75 in d: del d[76.75]
d[43.0] = 6637
d[-19.0] = 6638
d.pop('message', None)
d = d | {3126: 6639, 0.0: 6640, 'sha1': 6641, 'label': 6642}
print([k in d for k in ['ab', 1]])
print([k in d for k in ['hj7Xof_X', 'browser_download_url', 43.0]])
d[('error', 'message')] = 6643
d[3354] = 6644
d['l'] = 6645
d['body'] = 6646
d[-3000000000.0] = 6647
d['jb0o'] = 6648
d[-15.25] = 6649
d[40.5] = 6650
d.update([(60, 6651), (691, 6652)])
d['9p'] = 6653
d[199] = 6654
d[92] = 6655
print(list(d.items()))
d.update({('id', 'am1Zee'): 6656, 'g': 6657, 26: 6658, 'message': 6659})
if 'mode' in d: del d['mode']
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d[98] = 6660
if -19 in d: del d[-19]
d['Cc1iel'] = 6661
if 'message' in d: del d['message']
d[63] = 6662
d = d.copy()
d[-15.25] = 6663
d.update([(87, 6664)])
d = d.copy()
if 'y' in d: del d['y']
d.pop(-4, None)
d['ftZtf7'] = 6665
d['9p'] = 6666
print([k in d for k in ['jb0o', -65536, 'sha']])
d[2147483648] = 6667
d['lgjy'] = 6668
d.pop(2893, None)
d['error'] = 6669
print(list(d.items()))
print([k in d for k in [22]])
d.pop('9sqca', None)
d[3169] = 6670
d = d.copy()
print(list(d.items()))
d[13.5] = 6671
d['i24xyrrltt1'] = 6672
d['6Xbqms0frsz'] = 6673
if 98 in d: del d[98]
d[83] = 6674
d.update([(60.25, 6675), (2147483648, 6676)])
d['lib/ota.py'] = 6677
print([k in d for k in [94, 73, 42.5, (), 1.0]])
if b'version' in d: del d[b'version']
d[-5.5] = 6678
d[1099511627776] = 6679
d[-7.0] = 6680
print(list(d.items()))
d[False] = 6681
if 'l' in d: del d['l']
d[-898] = 6682
d = d.copy()
d['knn6aodX'] = 6683
d[3.25] = 6684
d.update([(4294967295, 6685), (None, 6686), (67.0, 6687)])
d = d.copy()
d[77] = 6688
if 60.25 in d: del d[60.25]
d.pop(1, None)
d.pop('6YtjXzxuqt67', None)
if 88 in d: del d[88]
d.update({-18: 6689, 1: 6690, ((40, 65535), 'yZ_l0oybj4'): 6691, 71: 6692, 'q14aqun6k587': 6693, ('b4', 'C9pwbrZ_z1n1'): 6694})
d[True] = 6695
print(list(d.items()))
if 7 in d: del d[7]
print(list(d.items()))
d[64] = 6696
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d[None] = 6697
d.update([(41.25, 6698)])
d.setdefault('niq86iu', 6699)
print(d.popitem() if d else None)
d.update([('xZY9w', 6700)])
if b'version' in d: del d[b'version']
d[46] = 6701
d.pop(51, None)
print(list(d.items()))
d[11.5] = 6702
d['browser_download_url'] = 6703
print(list(d.items()))
d['jb0o'] = 6704
d['iexyw8tc'] = 6705
print(list(d.items()))
d[46.25] = 6706
if 'retries' in d: del d['retries']
if 'i24xyrrltt1' in d: del d['i24xyrrltt1']
print(list(d.items()))
d['0pc5qi'] = 6707
d['jc'] = 6708
if 46.25 in d: del d[46.25]
d.clear()
d = d.copy()
d[75] = 6709
d[-526] = 6710
print(list(d.items()))
d.pop(-3000000000.0, None)
d[37.25] = 6711
d.pop(13.5, None)
d.update({70: 6712, 'ittwArg17qZz': 6713, b'ab': 6714, 19: 6715, (-2,): 6716})
d.setdefault(7, 6717)
d[None] = 6718
print(list(d.items()))
d.pop(-15.25, None)
d['v1.2.3'] = 6719
d[43.5] = 6720
d.setdefault('Version', 6721)
print(list(d.items()))
d['documentation_url'] = 6722
d[(-18,)] = 6723
d[(-2,)] = 6724
print(list(d.items()))
d[''] = 6725
d.pop(-3000000000.0, None)
d[2] = 6726
d['BCdtZu8Y_a4r'] = 6727
d[55.5] = 6728
if (64, 'message') in d: del d[(64, 'message')]
d['a'] = 6729
if () in d: del d[()]
d.pop(-15, None)
d[(84,)] = 6730
d['retries'] = 6731
d[50] = 6732
d.setdefault('lib', 6733)
print([k in d for k in ['9p']])
if 46.25 in d: del d[46.25]
if 40 in d: del d[40]
d.update([(-2.75, 6734), (-3000000000.0, 6735), ('arkrn7sYy', 6736)])
print(d.popitem() if d else None)
d[65] = 6737
d[2893] = 6738
d['mode'] = 6739
print(list(d.items()))
d[41] = 6740
d = d.copy()
if -15.25 in d: del d[-15.25]
print(list(d.items()))
print(list(d.items()))
d |= {}
d[(2147483648,)] = 6741
if b'version' in d: del d[b'version']
d['url'] = 6742
d[True] = 6743
d.update([(-13.75, 6744), ((), 6745), ('uvs8t_nb', 6746), ('truncated', 6747)])
print(list(d.items()))
d[-10.25] = 6748
d[True] = 6749
print([k in d for k in [46.25, 504, 17.25, (), 'blob', 67.0]])
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d[((59, 77), 'truncated')] = 6750
print(list(d.items()))
d[None] = 6751
if 2926 in d: del d[2926]
d[('ok', 'jY2C')] = 6752
d['woakt7lBvuu'] = 6753
d[14] = 6754
print(list(d.items()))
print(list(d.items()))
d[-1] = 6755
d[43.5] = 6756
d = d.copy()
d['do9'] = 6757
d.pop('_', None)
d[5] = 6758
d['knn6aodX'] = 6759
d['main'] = 6760
d[('b4', 'C9pwbrZ_z1n1')] = 6761
d[False] = 6762
print(list(d.items()))
if 'name' in d: del d['name']
d[81] = 6763
d['_'] = 6764
d.clear()
if 42.5 in d: del d[42.5]
if ((-16, 32), 'content') in d: del d[((-16, 32), 'content')]
d = d.copy()
d['y'] = 6765
d[28.5] = 6766
d[None] = 6767
d = d | {40: 6768, 79.0: 6769, 24: 6770}
d[-4] = 6771
d[43.5] = 6772
if 12 in d: del d[12]
d['browser_download_url'] = 6773
d.update([(-1, 6774), (59.25, 6775)])
d[-205] = 6776
d['timeout'] = 6777
d[67.0] = 6778
d[b'ab'] = 6779
d[None] = 6780
d['sha256'] = 6781
if 3685 in d: del d[3685]
d[False] = 6782
d[63.0] = 6783
d.update([('draft', 6784), ('bXbi', 6785), (67.0, 6786), (1, 6787), (92, 6788)])
print(d.popitem() if d else None)
if () in d: del d[()]
d['mode'] = 6789
d[64] = 6790
d.update({98: 6791, (12,): 6792, '\U0001f600': 6793, 1: 6794})
d[None] = 6795
d['X3i3mpXXa8A'] = 6796
d[False] = 6797
d.pop(-10.25, None)
d[('wA4ctrAj', 'firmware')] = 6798
d.update({'main.py': 6799, 'ab': 6800})
d[3.25] = 6801
d[()] = 6802
d[-177] = 6803
d[43] = 6804
print(list(d.items()))
print(list(d.items()))
d['ok'] = 6805
if 7 in d: del d[7]
d['77zw5bw8y8An'] = 6806
d['browser_download_url'] = 6807
d |= {39.0: 6808, 36.25: 6809, 'published_at': 6810, 'status': 6811}
d['blob'] = 6812
d['1im'] = 6813
if 2893 in d: del d[2893]
d |= {59: 6814, 'aAd8y8e': 6815}
d[b'version'] = 6816
d['truncated'] = 6817
d[-19] = 6818
if () in d: del d[()]
print(d.popitem() if d else None)
print(list(d.items()))
if () in d: del d[()]
d['message'] = 6819
print([k in d for k in ['documentation_url', 'state', 'message', '1im', None, 2147483648]])
print(list(d.items()))
d[-9] = 6820
d[None] = 6821
d['password'] = 6822
d[313] = 6823
d['3bed7viAYA'] = 6824
d['prerelease'] = 6825
d['2iut42Y'] = 6826
d['label'] = 6827
if (2147483647, 'AjC_00') in d: del d[(2147483647, 'AjC_00')]
d.update([('sha256', 6828), ((72, 2997, -563), 6829), (51, 6830)])
d.setdefault('y', 6831)
print(list(d.items()))
d['yXYw9d'] = 6832
d = d.copy()
d[4] = 6833
d.update([((-280, 78, -4), 6834), (55.25, 6835), ('0Bv3sXxbX0', 6836), (38.5, 6837)])
print(list(d.items()))
d.update({(-124, 'assets'): 6838, 3000000000.0: 6839, 'k': 6840, 'c': 6841, 35.75: 6842, -1073741825: 6843})
d[33] = 6844
d[78.25] = 6845
d.pop(True, None)
print([k in d for k in ['4040gseh', 313, 41, 694, 2147483648]])
if 'Version' in d: del d['Version']
print(d.popitem() if d else None)
d[-1073741825] = 6846
print(list(d.items()))
d[83] = 6847
d[(51,)] = 6848
d[((40, 65535), 'yZ_l0oybj4')] = 6849
d['tree'] = 6850
d[33] = 6851
d[b'version'] = 6852
d.clear()
if 60 in d: del d[60]
d['tt'] = 6853
d[61] = 6854
d['say "hi"'] = 6855
d[-13.75] = 6856
d['ul_8'] = 6857
d.setdefault('say "hi"', 6858)
d.clear()
d[b'version'] = 6859
d[7.5] = 6860
if (-20, -6, 5) in d: del d[(-20, -6, 5)]
print(d.popitem() if d else None)
if False in d: del d[False]
d['tree'] = 6861
d[('pA6vlv4Ci', 'ieBj')] = 6862
d[89] = 6863
print(list(d.items()))
d[52.5] = 6864
d[(106, 3695, 83)] = 6865
print(list(d.items()))
d[-15.25] = 6866
d[28] = 6867
if 63.0 in d: del d[63.0]
d[2] = 6868
d[b''] = 6869
d[1] = 6870
d[-1073741824] = 6871
d[7] = 6872
d[75] = 6873
d[b'ab'] = 6874
if (95, 74, -534) in d: del d[(95, 74, -534)]
d[('wjw_d', 's')] = 6875
d.update([('node_id', 6876), ('VERSION', 6877), (56, 6878)])
print([k in d for k in [5, ('node_id', 'vo4B'), 1073741823, 50, ((47, 6), 'error'), -65536]])
d['17s41'] = 6879
d |= {'wkoz_l': 6880, False: 6881, b'': 6882, 26.0: 6883}
d[56.0] = 6884
d[()] = 6885
if 37.25 in d: del d[37.25]
d = d.copy()
print([k in d for k in ['iexyw8tc', 24, 'sha256', (3780, '3'), 19]])
d[('Version', 'name')] = 6886
d.update({'f7x': 6887})
d['7'] = 6888
d[51] = 6889
d[(65, 'new\nline')] = 6890
print(list(d.items()))
d.setdefault('\U0001f600', 6891)
d |= {21.5: 6892, 86: 6893, 'v_29j9oerp': 6894}
d[25] = 6895
print([k in d for k in [b'version']])
print(list(d.items()))
d['0Bv3sXxbX0'] = 6896
d[-19] = 6897
print([k in d for k in [26]])
d.pop((56, 'v1.2.3'), None)
d[(36, 'dir')] = 6898
d[b'ab'] = 6899
print(list(d.items()))
d.clear()
print(list(d.items()))
d.setdefault('lib', 6900)
d[(-8, 'state')] = 6901
d[-1073741825] = 6902
d[31.0] = 6903
d.pop(None, None)
d.pop(46.25, None)
d[b''] = 6904
d.setdefault('ul_8', 6905)
d.pop('say "hi"', None)
d['truncated'] = 6906
d[76] = 6907
d[94] = 6908
d[1.0] = 6909
print(list(d.items()))
d = d.copy()
d['tree'] = 6910
d[False] = 6911
d[1.0] = 6912
d.update({-6.25: 6913, 1.0: 6914, 'eClB0B_xgZYk': 6915, 'sha1': 6916, ('rf3rvbp4aei', '\xdf'): 6917, 1783: 6918})
d[30] = 6919
d[((-1, -8), 'tree')] = 6920
if 'browser_download_url' in d: del d['browser_download_url']
d['ylvd3CihcBpC'] = 6921
d.update([('tree', 6922), (63, 6923), (3000000000.0, 6924)])
d['label'] = 6925
d[False] = 6926
d[76] = 6927
d['error'] = 6928
d[-1180591620717411303429] = 6929
d.update({'a': 6930, 10.25: 6931, 'version': 6932})
d[-19] = 6933
d[-14] = 6934
print(list(d.items()))
d[1] = 6935
d[23] = 6936
if 'files' in d: del d['files']
d[b'version'] = 6937
d.pop(b'version', None)
d = d.copy()
print(list(d.items()))
d.setdefault('assets', 6938)
print([k in d for k in [-3000000000.0]])
print([k in d for k in [14, ('Version', 'name'), 'lgjy']])
d.update([(1126, 6939)])
d[('0rnjs6a1sg', 'files')] = 6940
d[51] = 6941
d = d.copy()
d.setdefault(1.0, 6942)
d['state'] = 6943
if -15 in d: del d[-15]
d[73.5] = 6944
d[('id', 'message')] = 6945
print([k in d for k in [44, 'browser_download_url', True]])
d.pop(b'ab', None)
print(list(d.items()))
d.pop(63, None)
if 1 in d: del d[1]
d.setdefault(-2.75, 6946)
d[b'ab'] = 6947
d[16] = 6948
if b'version' in d: del d[b'version']
d |= {48.25: 6949, 'state': 6950, '6h0dsn6': 6951, 92: 6952}
print(list(d.items()))
if 67.0 in d: del d[67.0]
d['sha256'] = 6953
print(d.popitem() if d else None)
print(list(d.items()))
d['3bed7viAYA'] = 6954
d['8BC7u_n1aBra'] = 6955
d.update({'m': 6956, 1.0: 6957, 'latest': 6958, 0: 6959, False: 6960})
if 0 in d: del d[0]
d['Cc1iel'] = 6961
print(list(d.items()))
d[81] = 6962
d.clear()
d['url'] = 6963
if 'main.py' in d: del d['main.py']
d['t4atCaa0'] = 6964
d.clear()
d[2636] = 6965
print([k in d for k in [56, -19]])
d[-20] = 6966
d.update({'lib': 6967, '\xdf': 6968})
print(list(d.items()))
if 1739 in d: del d[1739]
d['dir'] = 6969
d['created_at'] = 6970
d[9] = 6971
if 'error' in d: del d['error']
if -15.25 in d: del d[-15.25]
d[False] = 6972
d[True] = 6973
d[53] = 6974
d[True] = 6975
d['ab'] = 6976
d[(98, 'ota')] = 6977
d[56] = 6978
d[(11, 'name')] = 6979
if 17 in d: del d[17]
if 33 in d: del d[33]
d[67.0] = 6980
d['ab'] = 6981
if (65, 'new\nline') in d: del d[(65, 'new\nline')]
d['timeout'] = 6982
if 1.0 in d: del d[1.0]
if '6Xbqms0frsz' in d: del d['6Xbqms0frsz']
print(d.popitem() if d else None)
print([k in d for k in [2147483648, ((-15, 97), 'y')]])
d['72h9m'] = 6983
if 67.0 in d: del d[67.0]
d['status'] = 6984
d[1] = 6985
d[-10.5] = 6986
d[('published_at', 'truncated')] = 6987
d[84] = 6988
d['\u20acuro'] = 6989
print(list(d.items()))
d[0] = 6990
d.update({-11: 6991, 'url': 6992, True: 6993, 79: 6994})
d.setdefault(('published_at', 'truncated'), 6995)
print(list(d.items()))
d[('encoding', 'Bjs2pnjdeZaZ')] = 6996
if 'l' in d: del d['l']
d[59] = 6997
d.update([((-8, 'new\nline'), 6998), ('port', 6999), (-14.75, 7000)])
d[65535] = 7001
if b'' in d: del d[b'']
d.update([(20.25, 7002), (37, 7003), (3419, 7004), (64.25, 7005)])
if -10 in d: del d[-10]
d['browser_download_url'] = 7006
print(list(d.items()))
d.clear()
if 'tree' in d: del d['tree']
d[('truncated', 'file')] = 7007
d.update({'ab': 7008, (65535,): 7009})
print(d.popitem() if d else None)
d = d.copy()
print(list(d.items()))
d['bYkp6ze'] = 7010
d.pop(None, None)
d['caf\xe9'] = 7011
print(list(d.items()))
print([k in d for k in ['m', ('rf3rvbp4aei', '\xdf'), False]])
if () in d: del d[()]
d.update([('files', 7012), (8.0, 7013), ('id', 7014), (154, 7015)])
d[11.5] = 7016
print(list(d.items()))
d[1.0] = 7017
print(list(d.items()))
if 'A' in d: del d['A']
d[46.25] = 7018
d['ssid'] = 7019
print(list(d.items()))
d.clear()
d[()] = 7020
d[True] = 7021
d = d.copy()
d[False] = 7022
d['Ys4axnY'] = 7023
d.update({0.0: 7024, -8.75: 7025, 'u9b': 7026, -223: 7027, 36: 7028})
if 25 in d: del d[25]
d[(71, 'commit')] = 7029
if '3bed7viAYA' in d: del d['3bed7viAYA']
d[b'version'] = 7030
print([k in d for k in [2147483648]])
d['b'] = 7031
d['lgjy'] = 7032
d['mode'] = 7033
d[23] = 7034
d['file'] = 7035
if 'uvs8t_nb' in d: del d['uvs8t_nb']
d.update({'sha': 7036, 40: 7037})
d['p'] = 7038
print(list(d.items()))
print(d.popitem() if d else None)
d[('ref', 'lib')] = 7039
d[3000000000.0] = 7040
print([k in d for k in [(-2,)]])
print([k in d for k in [1073741823, (84,), 75, 83]])
if 'awl_e' in d: del d['awl_e']
print(d.popitem() if d else None)
d[()] = 7041
print(d.popitem() if d else None)
if 154 in d: del d[154]
d[-9.25] = 7042
d['message'] = 7043
d.update([(32, 7044), (False, 7045)])
d[b''] = 7046
d |= {47: 7047, ('created_at', 'Zx'): 7048, 10.5: 7049}
print(list(d.items()))
if 'f7x' in d: del d['f7x']
d['6Y9B6m6n23'] = 7050
d[(67, 91, 4)] = 7051
d.pop(7, None)
if 25 in d: del d[25]
print(list(d.items()))
d[None] = 7052
d['BAw'] = 7053
if 'message' in d: del d['message']
d['cr3nh'] = 7054
print(list(d.items()))
