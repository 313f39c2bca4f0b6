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
print('# dict_int_0')
d = dict.fromkeys([35, 68], 0)
print(list(d.items()))
d[29] = 1323
d[35] = 1324
d[93] = 1325
d[53] = 1326
d[78] = 1327
d[97] = 1328
d.update([(23, 1329), (57, 1330), (4294967295, 1331), (61, 1332), (22, 1333)])
d[-9] = 1334
d.update({48: 1335, -14: 1336, 79: 1337, -1073741825: 1338, 84: 1339})
if 61 in d: del d[61]
d.update({86: 1340, 44: 1341, 29: 1342, 68: 1343, 76: 1344, 15: 1345})
print(list(d.items()))
d[53] = 1346
d[-6] = 1347
print(list(d.items()))
d[30] = 1348
d[68] = 1349
print([k in d for k in [53, 23]])
d[17] = 1350
d[60] = 1351
d[473] = 1352
print(list(d.items()))
d.update([(70, 1353), (32, 1354), (86, 1355), (21, 1356)])
if 22 in d: del d[22]
d.update({-1073741825: 1357, -4: 1358, 17: 1359, 18: 1360, 2120: 1361, 69: 1362})
if 17 in d: del d[17]
print(list(d.items()))
if 53 in d: del d[53]
d.update({92: 1363, 80: 1364, -2: 1365, 65: 1366, 449: 1367})
if 1199 in d: del d[1199]
print([k in d for k in [35, -6, -4]])
d[97] = 1368
if -1073741825 in d: del d[-1073741825]
d[30] = 1369
d[53] = 1370
d.pop(-4, None)
d[38] = 1371
d = d.copy()
if 96 in d: del d[96]
print(d.popitem() if d else None)
d[-5] = 1372
print([k in d for k in [2147483648]])
d[86] = 1373
d[4294967295] = 1374
d[-16] = 1375
print(d.popitem() if d else None)
d[35] = 1376
print(list(d.items()))
print('# dict_int_1')
d = dict()
print(list(d.items()))
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[-7] = 1377
d[2150] = 1378
d[3670] = 1379
d[69] = 1380
d[82] = 1381
d[39] = 1382
print([k in d for k in [82, 69, -7, 69, -65536]])
d[95] = 1383
d[4294967303] = 1384
d = d.copy()
d.update({361: 1385, 68: 1386, -1: 1387, 26: 1388})
d[30] = 1389
d[68] = 1390
d.pop(89, None)
d[-17] = 1391
if -1 in d: del d[-1]
print([k in d for k in [3670]])
if 82 in d: del d[82]
print(d.popitem() if d else None)
d[-252] = 1392
print(list(d.items()))
print('# dict_int_2')
d = dict()
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
print(d.popitem() if d else None)
d[-18] = 1393
print(list(d.items()))
print([k in d for k in [-18, -18, -18, 6, -18]])
if -18 in d: del d[-18]
d[-18] = 1394
d[36] = 1395
d.update([(4, 1396), (25, 1397), (63, 1398), (85, 1399), (4294967303, 1400)])
print(list(d.items()))
print(list(d.items()))
d[50] = 1401
if 50 in d: del d[50]
d[25] = 1402
d |= {-1099511627773: 1403, 20: 1404, 24: 1405}
d[90] = 1406
d[-18] = 1407
d[3798] = 1408
print(list(d.items()))
d[43] = 1409
d[54] = 1410
if 22 in d: del d[22]
print(d.popitem() if d else None)
d.pop(93, None)
if 53 in d: del d[53]
d[88] = 1411
print(list(d.items()))
print('# dict_int_3')
d = {k: v for k, v in zip([44, -192, -3, -1073741824, 98, 11, 47, 0, 44, -620, 2500], [1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420, 1421, 1422])}
print(list(d.items()))
d.pop(69, None)
d[-4] = 1423
print(list(d.items()))
d[16] = 1424
d[56] = 1425
if 47 in d: del d[47]
d[1] = 1426
d[6] = 1427
print(list(d.items()))
print([k in d for k in [17, 0]])
d.update([(-8, 1428), (33, 1429), (91, 1430), (47, 1431), (43, 1432)])
d[2500] = 1433
print([k in d for k in [-192, 2500]])
d[1942] = 1434
print([k in d for k in [-1073741824, 1]])
d[93] = 1435
d.pop(14, None)
d[85] = 1436
d[-14] = 1437
print(list(d.items()))
if 91 in d: del d[91]
print(d.popitem() if d else None)
d[-13] = 1438
print(list(d.items()))
d[0] = 1439
d[1073741823] = 1440
d[1788] = 1441
d[87] = 1442
d.pop(2500, None)
d[1] = 1443
if 0 in d: del d[0]
d[5] = 1444
d[16] = 1445
d.setdefault(-14, 1446)
d[-6] = 1447
d[-13] = 1448
if 16 in d: del d[16]
d[70] = 1449
d[29] = 1450
print(d.popitem() if d else None)
print(list(d.items()))
d.pop(-6, None)
d[59] = 1451
print(list(d.items()))
d.update([(85, 1452), (59, 1453), (1620, 1454), (71, 1455)])
d[32] = 1456
if 70 in d: del d[70]
d[78] = 1457
print(d.popitem() if d else None)
d.setdefault(43, 1458)
d[62] = 1459
print(list(d.items()))
d[-164] = 1460
d[71] = 1461
print(list(d.items()))
print(list(d.items()))
print([k in d for k in [0, 10, 85, -1073741824, 1]])
d[-5] = 1462
d.setdefault(68, 1463)
d[24] = 1464
d = d.copy()
d[2147483647] = 1465
d[59] = 1466
d[85] = 1467
d[27] = 1468
if 85 in d: del d[85]
d.pop(44, None)
print([k in d for k in [-13, 56, 43]])
d[95] = 1469
print(list(d.items()))
print('# dict_int_4')
d = dict()
print(list(d.items()))
if 77 in d: del d[77]
d[19] = 1470
d[-14] = 1471
d[72] = 1472
print(list(d.items()))
if -206 in d: del d[-206]
d[19] = 1473
d[19] = 1474
print(d.popitem() if d else None)
d[88] = 1475
print(list(d.items()))
d = d.copy()
if -14 in d: del d[-14]
print([k in d for k in [79, -14, 19, 72]])
print([k in d for k in [72, 951, 88, 19]])
d.update({-7: 1476, 0: 1477})
d[789] = 1478
d |= {78: 1479}
print([k in d for k in [2, 0, -7, 19, 19]])
print(d.popitem() if d else None)
if 19 in d: del d[19]
d.pop(0, None)
print(list(d.items()))
d[84] = 1480
d[79] = 1481
d[75] = 1482
if 437 in d: del d[437]
print(list(d.items()))
print('# dict_int_5')
d = {-1180591620717411303429: 1483, 92: 1484, 1073741823: 1485, 58: 1486}
print(list(d.items()))
if 8 in d: del d[8]
if -1180591620717411303429 in d: del d[-1180591620717411303429]
d[92] = 1487
d[58] = 1488
d[-2] = 1489
d = d.copy()
d[13] = 1490
d[98] = 1491
print([k in d for k in [-1180591620717411303429, 92]])
print([k in d for k in [58, 58, 92]])
print(list(d.items()))
print(d.popitem() if d else None)
d[92] = 1492
print(d.popitem() if d else None)
print([k in d for k in [58, 13, 0]])
d[1073741823] = 1493
d.update({97: 1494, 1073741823: 1495, 3365: 1496, 709: 1497, 664: 1498})
d[90] = 1499
if 21 in d: del d[21]
d[98] = 1500
print([k in d for k in [98]])
d[58] = 1501
d = d | {3744: 1502, 59: 1503, 25: 1504, -65536: 1505}
if 58 in d: del d[58]
print(list(d.items()))
if 98 in d: del d[98]
if 90 in d: del d[90]
d.setdefault(98, 1506)
d[22] = 1507
print(list(d.items()))
d[-4] = 1508
print(list(d.items()))
d[78] = 1509
d[-1] = 1510
print(list(d.items()))
d[28] = 1511
d[-4] = 1512
d[13] = 1513
d[52] = 1514
d[41] = 1515
if 58 in d: del d[58]
print(d.popitem() if d else None)
if 92 in d: del d[92]
d.setdefault(97, 1516)
print(list(d.items()))
d[92] = 1517
print(d.popitem() if d else None)
d[49] = 1518
d.pop(-1, None)
print([k in d for k in [58, 28, 58, 67, 3424]])
print(list(d.items()))
print('# dict_int_6')
d = dict.fromkeys(iter([28, 85, 84, 0, 77, 1011, 0, 6, -10, 1629, -9]), 0)
print(list(d.items()))
d[57] = 1530
d[28] = 1531
d[41] = 1532
if 57 in d: del d[57]
d[85] = 1533
print(list(d.items()))
print(list(d.items()))
d[92] = 1534
d[-1180591620717411303429] = 1535
d[962] = 1536
d.update({13: 1537, 81: 1538})
d[-65536] = 1539
print([k in d for k in [-1180591620717411303429, -9, 0, 57, -10]])
print(list(d.items()))
print(list(d.items()))
d[-15] = 1540
d[2480] = 1541
d = d.copy()
d[38] = 1542
d[-13] = 1543
d[-10] = 1544
d.update([(49, 1545)])
d[30] = 1546
d[9] = 1547
d.pop(28, None)
print(d.popitem() if d else None)
d.update({0: 1548})
d[2480] = 1549
print([k in d for k in [73, 0, 57, 2480, 9, -1]])
d[72] = 1550
d[1235] = 1551
d[77] = 1552
d[57] = 1553
d = d.copy()
d[74] = 1554
d = d.copy()
d.clear()
d[24] = 1555
if 57 in d: del d[57]
print([k in d for k in [38]])
d[9] = 1556
print(list(d.items()))
d[74] = 1557
d[72] = 1558
d[-2] = 1559
d[3295] = 1560
d[72] = 1561
d.pop(1629, None)
print(d.popitem() if d else None)
d[75] = 1562
d.update([(-436, 1563), (1073741824, 1564), (-3, 1565), (81, 1566), (98, 1567)])
d[1214] = 1568
d.update({-13: 1569, 71: 1570, 22: 1571, -2: 1572, -17: 1573, 24: 1574})
print([k in d for k in [-13, 49, 9, 74, 98, 0]])
d.update({0: 1575, -1: 1576, 51: 1577, 87: 1578, 14: 1579})
print([k in d for k in [-13, 37, 53]])
d[0] = 1580
print([k in d for k in [1073741824]])
d.update({3745: 1581})
d = d.copy()
d[-1073741824] = 1582
print(d.popitem() if d else None)
print(list(d.items()))
d[41] = 1583
d.update([(3338, 1584), (11, 1585), (97, 1586), (2147483647, 1587), (74, 1588)])
d[84] = 1589
d[0] = 1590
d[84] = 1591
d[-9] = 1592
if 75 in d: del d[75]
d[51] = 1593
if 2480 in d: del d[2480]
d[18446744073709551617] = 1594
print([k in d for k in [4, 97, 6]])
print(d.popitem() if d else None)
if 771 in d: del d[771]
d[95] = 1595
d[92] = 1596
d[4] = 1597
d[12] = 1598
d[-11] = 1599
d[0] = 1600
d[98] = 1601
d.pop(5, None)
print(list(d.items()))
print('# dict_int_7')
d = dict([(41, 1602), (4, 1603), (-6, 1604), (21, 1605), (46, 1606), (2, 1607), (-17, 1608), (15, 1609)])
print(list(d.items()))
d[27] = 1610
d[3] = 1611
d.pop(2, None)
if -8 in d: del d[-8]
d.setdefault(7, 1612)
d[36] = 1613
if 78 in d: del d[78]
d[87] = 1614
if 15 in d: del d[15]
if 15 in d: del d[15]
d[70] = 1615
if 3818 in d: del d[3818]
d[21] = 1616
print([k in d for k in [70, 21, 36]])
if 41 in d: del d[41]
print(list(d.items()))
if 4 in d: del d[4]
d[54] = 1617
d[-6] = 1618
d.update([(0, 1619)])
if 3 in d: del d[3]
d[18] = 1620
d[-4] = 1621
d[15] = 1622
d[-989] = 1623
d[52] = 1624
print([k in d for k in [36, 4, -17, -6, 70]])
d[94] = 1625
print([k in d for k in [87]])
d[26] = 1626
d[70] = 1627
d[59] = 1628
if -4 in d: del d[-4]
if 41 in d: del d[41]
print(list(d.items()))
print(list(d.items()))
print('# dict_int_8')
d = {k: v for k, v in zip([-405, 3751, -7, 52, 3854, 305], [1629, 1630, 1631, 1632, 1633, 1634])}
print(list(d.items()))
d[67] = 1635
d[-16] = 1636
d[-7] = 1637
print(list(d.items()))
d[41] = 1638
d[305] = 1639
d[60] = 1640
d[47] = 1641
print([k in d for k in [-1099511627773, 60, 47]])
d[-18] = 1642
d[2147483648] = 1643
if -19 in d: del d[-19]
if 4294967303 in d: del d[4294967303]
if -18 in d: del d[-18]
d[-18] = 1644
print(list(d.items()))
d.update({70: 1645, 10: 1646, -14: 1647, 87: 1648})
print(d.popitem() if d else None)
d[41] = 1649
d[25] = 1650
d[86] = 1651
d[90] = 1652
print(list(d.items()))
d[-14] = 1653
d[-11] = 1654
print(list(d.items()))
d[46] = 1655
d.setdefault(46, 1656)
d[2637] = 1657
d[55] = 1658
d[66] = 1659
if 41 in d: del d[41]
d[1073741824] = 1660
d[44] = 1661
print(d.popitem() if d else None)
if -11 in d: del d[-11]
d[78] = 1662
d[56] = 1663
print(list(d.items()))
print(list(d.items()))
d[47] = 1664
print([k in d for k in [46, -405, 66, -14]])
d[3751] = 1665
d[94] = 1666
d[56] = 1667
d[-18] = 1668
print(list(d.items()))
d.update([(61, 1669), (1073741824, 1670)])
d[45] = 1671
print([k in d for k in [61]])
if 44 in d: del d[44]
d[-19] = 1672
print(list(d.items()))
print('# dict_int_9')
d = {}
print(list(d.items()))
if 30 in d: del d[30]
if -359 in d: del d[-359]
print([k in d for k in [25, 55, -15, 81, 16]])
if 2 in d: del d[2]
d[-18] = 1673
print([k in d for k in [-18, -18]])
print([k in d for k in [-18, 26, -18, -18]])
d.clear()
d[26] = 1674
d[5] = 1675
print(d.popitem() if d else None)
if 97 in d: del d[97]
d.setdefault(5, 1676)
d[720] = 1677
print(list(d.items()))
d.pop(5, None)
d[63] = 1678
if 5 in d: del d[5]
print([k in d for k in [26, -18]])
print(d.popitem() if d else None)
print(list(d.items()))
d[5] = 1679
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d = d | {}
d[-18] = 1680
d.pop(5, None)
d[17] = 1681
d.pop(-18, None)
d[50] = 1682
d[-1073741825] = 1683
d.pop(63, None)
d[14] = 1684
d[5] = 1685
if 80 in d: del d[80]
d[5] = 1686
d[1736] = 1687
print([k in d for k in [63, 1736, 720]])
d.pop(-2, None)
d[4294967295] = 1688
d[91] = 1689
d[19] = 1690
d[4] = 1691
d[2147483647] = 1692
if -18 in d: del d[-18]
print(list(d.items()))
print(list(d.items()))
d[5] = 1693
d.setdefault(5, 1694)
d.update({4294967295: 1695})
print(list(d.items()))
print('# dict_int_10')
d = dict()
print(list(d.items()))
d[2147483648] = 1696
d[76] = 1697
d = d.copy()
d.update([(-2, 1698)])
d.update([(-1, 1699), (48, 1700), (1764, 1701)])
if 48 in d: del d[48]
d = d.copy()
d[35] = 1702
d[76] = 1703
if 47 in d: del d[47]
d.pop(2147483648, None)
d.setdefault(35, 1704)
d[1764] = 1705
if -1 in d: del d[-1]
d[82] = 1706
d[99] = 1707
d.update([(45, 1708), (90, 1709), (3218, 1710)])
if 3939 in d: del d[3939]
if 70 in d: del d[70]
if 92 in d: del d[92]
d[310] = 1711
d.setdefault(3218, 1712)
if 91 in d: del d[91]
d.setdefault(37, 1713)
d.pop(82, None)
if 82 in d: del d[82]
d[85] = 1714
if -1 in d: del d[-1]
d[35] = 1715
d[85] = 1716
if -1 in d: del d[-1]
d[35] = 1717
print(list(d.items()))
d[85] = 1718
d[76] = 1719
d[76] = 1720
d[35] = 1721
print([k in d for k in [92]])
print(d.popitem() if d else None)
d[-1180591620717411303429] = 1722
if 2147483647 in d: del d[2147483647]
d.update({18446744073709551617: 1723, 2019: 1724, 51: 1725, 18446744073709551617: 1726, 15: 1727, -5: 1728})
d[68] = 1729
d = d.copy()
d.update({0: 1730, 65: 1731, 78: 1732})
d[-1180591620717411303429] = 1733
d[27] = 1734
if 51 in d: del d[51]
d = d.copy()
d.setdefault(3077, 1735)
d[85] = 1736
print(d.popitem() if d else None)
d[-3] = 1737
d.pop(85, None)
d[-11] = 1738
print(list(d.items()))
d[90] = 1739
d[-2] = 1740
d[-5] = 1741
d[87] = 1742
d[57] = 1743
if 97 in d: del d[97]
if 76 in d: del d[76]
d[20] = 1744
d[82] = 1745
d[85] = 1746
d[18] = 1747
d[24] = 1748
d[33] = 1749
d.setdefault(18, 1750)
print(list(d.items()))
d[94] = 1751
d[27] = 1752
print(d.popitem() if d else None)
print(list(d.items()))
d[56] = 1753
d[-11] = 1754
d[-95] = 1755
if 81 in d: del d[81]
d[4294967303] = 1756
d[71] = 1757
print(list(d.items()))
print('# dict_int_11')
d = dict.fromkeys([34, -275, -20], 0)
print(list(d.items()))
d[2147483648] = 1761
d |= {26: 1762, 37: 1763}
d[2412] = 1764
d[99] = 1765
if -20 in d: del d[-20]
d.pop(2147483648, None)
if 227 in d: del d[227]
d[66] = 1766
d[40] = 1767
d.setdefault(99, 1768)
d[34] = 1769
print([k in d for k in [-20]])
print(list(d.items()))
d[87] = 1770
d[-15] = 1771
if 87 in d: del d[87]
d.setdefault(66, 1772)
print(list(d.items()))
d[-275] = 1773
d[-13] = 1774
if -275 in d: del d[-275]
print([k in d for k in [16, 2412]])
if 40 in d: del d[40]
if -275 in d: del d[-275]
d.update({539: 1775, -1180591620717411303429: 1776, 93: 1777})
d[19] = 1778
d[-1] = 1779
if -1180591620717411303429 in d: del d[-1180591620717411303429]
d[36] = 1780
print(list(d.items()))
d[32] = 1781
if 2412 in d: del d[2412]
d[44] = 1782
print(d.popitem() if d else None)
d[93] = 1783
d[31] = 1784
d.update([(64, 1785)])
if 77 in d: del d[77]
print(d.popitem() if d else None)
d[65536] = 1786
print(list(d.items()))
d[1491] = 1787
d.setdefault(66, 1788)
d[38] = 1789
if -275 in d: del d[-275]
print(d.popitem() if d else None)
d[66] = 1790
d[-18] = 1791
if 84 in d: del d[84]
print(list(d.items()))
d.setdefault(539, 1792)
d[25] = 1793
print(list(d.items()))
print('# dict_int_12')
d = {k: v for k, v in zip([12, 4, 72, 56, 20, -836, 50, 24, 17, 23], [1794, 1795, 1796, 1797, 1798, 1799, 1800, 1801, 1802, 1803])}
print(list(d.items()))
d[-10] = 1804
if 20 in d: del d[20]
d[99] = 1805
print(list(d.items()))
d[56] = 1806
d = d.copy()
d[190] = 1807
d |= {26: 1808}
print(list(d.items()))
d[70] = 1809
d[-10] = 1810
d.update([(-19, 1811)])
d[22] = 1812
d.pop(190, None)
d.update([(-10, 1813), (17, 1814), (-1, 1815), (66, 1816), (44, 1817)])
d.update({31: 1818, 44: 1819, 74: 1820, 84: 1821, 76: 1822})
if -1073741824 in d: del d[-1073741824]
d.pop(-10, None)
d[-998] = 1823
d.update({7: 1824, 81: 1825, 42: 1826})
d[-881] = 1827
if -1 in d: del d[-1]
d[70] = 1828
d[85] = 1829
print([k in d for k in [44, 50, -998]])
d.update([(30, 1830), (56, 1831), (36, 1832), (-15, 1833)])
if 7 in d: del d[7]
d[5] = 1834
print(list(d.items()))
d.pop(61, None)
d[-13] = 1835
d[190] = 1836
d[77] = 1837
d.pop(56, None)
d[2525] = 1838
print(d.popitem() if d else None)
print([k in d for k in [56, -10]])
d.update([(52, 1839), (-4, 1840), (13, 1841), (-13, 1842)])
d[96] = 1843
d[89] = 1844
print([k in d for k in [56, 23, 56, -10, 74]])
print(list(d.items()))
d.update([(56, 1845), (11, 1846), (-15, 1847), (19, 1848)])
if 50 in d: del d[50]
d.setdefault(-10, 1849)
print(d.popitem() if d else None)
d[1073741823] = 1850
d.setdefault(74, 1851)
print(d.popitem() if d else None)
d[54] = 1852
print(d.popitem() if d else None)
print(list(d.items()))
print([k in d for k in [13, 50]])
d[1] = 1853
if 99 in d: del d[99]
d[71] = 1854
print([k in d for k in [1, 70, 88]])
print(d.popitem() if d else None)
d = d.copy()
d[42] = 1855
d[22] = 1856
d[47] = 1857
d.update({28: 1858, 97: 1859})
d[-220] = 1860
if 19 in d: del d[19]
print(d.popitem() if d else None)
d[3521] = 1861
print(list(d.items()))
if 28 in d: del d[28]
d[81] = 1862
d[72] = 1863
d[57] = 1864
d[-10] = 1865
d[69] = 1866
d[-1180591620717411303429] = 1867
print(d.popitem() if d else None)
d[-5] = 1868
if -1 in d: del d[-1]
print([k in d for k in [74, 3, -13, 66]])
d[28] = 1869
print(list(d.items()))
print('# dict_int_13')
d = dict(zip([35, 36, 3, 26, 54, -11], [1870, 1871, 1872, 1873, 1874, 1875]))
print(list(d.items()))
d[18446744073709551617] = 1876
print([k in d for k in [6]])
d[-118] = 1877
d[-15] = 1878
d.update({59: 1879})
if 93 in d: del d[93]
if 54 in d: del d[54]
d = d.copy()
print(d.popitem() if d else None)
d[35] = 1880
print(list(d.items()))
print(d.popitem() if d else None)
d[3103] = 1881
d.update([(76, 1882)])
d.update([(29, 1883), (-141, 1884), (-13, 1885), (12, 1886), (77, 1887)])
if 29 in d: del d[29]
if -118 in d: del d[-118]
d[67] = 1888
d[98] = 1889
d[-7] = 1890
d.update({1724: 1891, 0: 1892, 2426: 1893})
d[31] = 1894
d[73] = 1895
d[-16] = 1896
print(d.popitem() if d else None)
if 2426 in d: del d[2426]
d[54] = 1897
print(list(d.items()))
print([k in d for k in [-16, 35, 54, 2426]])
d[-1] = 1898
d |= {87: 1899, -15: 1900, 1475: 1901, 43: 1902}
d[15] = 1903
print(list(d.items()))
d[3] = 1904
d[1231] = 1905
if -16 in d: del d[-16]
d[8] = 1906
print([k in d for k in [436, 18446744073709551617, -15]])
d.clear()
d[7] = 1907
d[-1073741824] = 1908
print(list(d.items()))
d.pop(28, None)
d[-14] = 1909
d[18446744073709551617] = 1910
d[1099511627776] = 1911
d[82] = 1912
print([k in d for k in [1, 20, 2426, -11, 3103]])
d[51] = 1913
d.setdefault(2147483648, 1914)
d[53] = 1915
print(list(d.items()))
d[96] = 1916
d[67] = 1917
if 3 in d: del d[3]
d[3] = 1918
if 15 in d: del d[15]
d[-15] = 1919
if 36 in d: del d[36]
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d = d.copy()
d[-1073741825] = 1920
d.pop(-11, None)
d[65535] = 1921
d[-18] = 1922
d[96] = 1923
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_int_14')
d = {k: v for k, v in zip([27], [1924])}
print(list(d.items()))
if 5 in d: del d[5]
if 27 in d: del d[27]
print(list(d.items()))
d[-17] = 1925
d[-5] = 1926
print([k in d for k in [20]])
print(d.popitem() if d else None)
d[-4] = 1927
d[-17] = 1928
d[-17] = 1929
d[82] = 1930
print(d.popitem() if d else None)
d[73] = 1931
d[-7] = 1932
d.pop(-17, None)
d[90] = 1933
d[-99] = 1934
print(list(d.items()))
d[102] = 1935
print(list(d.items()))
d.update([(3596, 1936), (1099511627776, 1937), (72, 1938), (32, 1939), (0, 1940)])
if -4 in d: del d[-4]
d[81] = 1941
d[-17] = 1942
d[-1180591620717411303429] = 1943
print(list(d.items()))
d[68] = 1944
d[81] = 1945
if 27 in d: del d[27]
if 27 in d: del d[27]
d[64] = 1946
d[74] = 1947
d[29] = 1948
d[3358] = 1949
if -17 in d: del d[-17]
d = d.copy()
d[93] = 1950
if -17 in d: del d[-17]
d.pop(-99, None)
d[81] = 1951
d.clear()
d.update([(7, 1952), (50, 1953)])
d[50] = 1954
print(list(d.items()))
d[95] = 1955
d[1303] = 1956
if 1099511627776 in d: del d[1099511627776]
d = d.copy()
d[27] = 1957
print(list(d.items()))
print('# dict_int_15')
d = dict(zip([33, 1357, 46, 25, 41], [1958, 1959, 1960, 1961, 1962]))
print(list(d.items()))
print(d.popitem() if d else None)
d[88] = 1963
d[-11] = 1964
d[49] = 1965
print([k in d for k in [46, 25, 5, 25, 41, 41]])
d.update([(62, 1966), (18, 1967), (44, 1968), (4294967295, 1969), (73, 1970)])
d.update([(36, 1971), (55, 1972), (39, 1973), (83, 1974)])
d[15] = 1975
d.update([(28, 1976)])
d[49] = 1977
d[1145] = 1978
d.setdefault(-8, 1979)
print([k in d for k in [25, 18, -1073741825, 3, 25, 28]])
d[-18] = 1980
d[86] = 1981
d[4294967295] = 1982
if 18 in d: del d[18]
d[-1] = 1983
print([k in d for k in [49, -10, 4294967295]])
print([k in d for k in [88, 1357, 20, 33]])
d[49] = 1984
d[-7] = 1985
if 16 in d: del d[16]
d[27] = 1986
d[6] = 1987
if 86 in d: del d[86]
d[2101] = 1988
print([k in d for k in [73, 89, 49, 41, 88]])
d[98] = 1989
print([k in d for k in [43]])
print(d.popitem() if d else None)
d[6] = 1990
if 15 in d: del d[15]
print(list(d.items()))
print('# dict_int_16')
d = dict()
print(list(d.items()))
d.setdefault(11, 1991)
d[-1180591620717411303429] = 1992
d[52] = 1993
d = d | {}
d[-20] = 1994
print(list(d.items()))
print([k in d for k in [-20]])
d.pop(-20, None)
d[52] = 1995
d[48] = 1996
d[61] = 1997
d.setdefault(48, 1998)
if 41 in d: del d[41]
d.update([(65, 1999), (76, 2000), (67, 2001), (32, 2002), (5, 2003)])
if -19 in d: del d[-19]
print(d.popitem() if d else None)
d[-20] = 2004
d[82] = 2005
d[63] = 2006
d[-20] = 2007
d[48] = 2008
print([k in d for k in [32]])
d[91] = 2009
d[-468] = 2010
d.update({88: 2011, 76: 2012, 2147483648: 2013, -197: 2014})
print(d.popitem() if d else None)
print([k in d for k in [45, 32]])
d[1948] = 2015
d[918] = 2016
print(list(d.items()))
d[65] = 2017
if 32 in d: del d[32]
d[-4] = 2018
print(d.popitem() if d else None)
print(list(d.items()))
d[5] = 2019
if 32 in d: del d[32]
d[43] = 2020
if 1948 in d: del d[1948]
print(list(d.items()))
d[65] = 2021
print(list(d.items()))
print('# dict_int_17')
d = {k: v for k, v in zip([-9], [2022])}
print(list(d.items()))
d[1400] = 2023
d[35] = 2024
print(d.popitem() if d else None)
d[1074] = 2025
if 35 in d: del d[35]
print(d.popitem() if d else None)
if 1400 in d: del d[1400]
if 1400 in d: del d[1400]
d[45] = 2026
print([k in d for k in [45, 7, -9, 1074, -9, 45]])
print(d.popitem() if d else None)
d.pop(45, None)
d.setdefault(-9, 2027)
d[31] = 2028
d = d.copy()
d[-9] = 2029
d |= {2147483648: 2030, 0: 2031, 14: 2032, 25: 2033}
d[93] = 2034
d[0] = 2035
d[93] = 2036
d[68] = 2037
if 31 in d: del d[31]
print([k in d for k in [48, -9, 34, 31, 93]])
d[53] = 2038
d[89] = 2039
d[-16] = 2040
if 30 in d: del d[30]
d[0] = 2041
d[4294967295] = 2042
d[0] = 2043
d.setdefault(-15, 2044)
d[-448] = 2045
d = d.copy()
if -9 in d: del d[-9]
if 4294967295 in d: del d[4294967295]
d[-242] = 2046
d[31] = 2047
print(d.popitem() if d else None)
d = d.copy()
if 73 in d: del d[73]
print(list(d.items()))
d[95] = 2048
d.setdefault(46, 2049)
print(list(d.items()))
print('# dict_int_18')
d = dict(zip([], []))
print(list(d.items()))
d.setdefault(50, 2050)
print(list(d.items()))
d[-15] = 2051
d.setdefault(-15, 2052)
d[22] = 2053
d[-15] = 2054
d[1099511627776] = 2055
if -15 in d: del d[-15]
d.update([(36, 2056), (19, 2057), (35, 2058), (4, 2059)])
d[99] = 2060
d[52] = 2061
d[4] = 2062
if 22 in d: del d[22]
d.update([(-16, 2063), (87, 2064), (97, 2065)])
d[68] = 2066
d.update([(18446744073709551617, 2067), (-15, 2068)])
print([k in d for k in [-15, 87, -15, 2]])
if 35 in d: del d[35]
d[91] = 2069
d[3449] = 2070
d.pop(58, None)
print(d.popitem() if d else None)
if 97 in d: del d[97]
print([k in d for k in [52, 4]])
d[-12] = 2071
print([k in d for k in [-1180591620717411303429, 3666, 31]])
print(list(d.items()))
d[83] = 2072
if 0 in d: del d[0]
d[19] = 2073
d[3938] = 2074
d[64] = 2075
d[85] = 2076
d[74] = 2077
d[94] = 2078
print([k in d for k in [83, -17, 68, -16, 87]])
print(list(d.items()))
d[71] = 2079
d[0] = 2080
d.update({0: 2081, 18446744073709551617: 2082, 33: 2083, 13: 2084})
d.update([(23, 2085), (1099511627776, 2086), (65536, 2087), (-15, 2088)])
d[79] = 2089
print(list(d.items()))
d.pop(-20, None)
d[86] = 2090
print([k in d for k in [18446744073709551617, -15, 29, 71]])
if -79 in d: del d[-79]
d[83] = 2091
d[91] = 2092
print(list(d.items()))
d[68] = 2093
if 71 in d: del d[71]
d.setdefault(-15, 2094)
print([k in d for k in [79, 36, 85, -16, 23, 39]])
print(list(d.items()))
print('# dict_int_19')
d = {k: v for k, v in zip([83, 22, 4294967303, 31, -12, 28, 48, 2147483647, 81, 49, 73, 16], [2095, 2096, 2097, 2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106])}
print(list(d.items()))
print([k in d for k in [48, 73, 2147483647]])
d.pop(14, None)
d.update([(18446744073709551617, 2107), (-65536, 2108)])
print(list(d.items()))
d[1073741824] = 2109
d[-7] = 2110
if -7 in d: del d[-7]
if 28 in d: del d[28]
d[1099511627776] = 2111
if -12 in d: del d[-12]
if -16 in d: del d[-16]
d[66] = 2112
if 66 in d: del d[66]
d[31] = 2113
d[65] = 2114
d[64] = 2115
if 89 in d: del d[89]
d[2147483647] = 2116
print(d.popitem() if d else None)
print(list(d.items()))
d.pop(-12, None)
d[1073741824] = 2117
d[41] = 2118
if 63 in d: del d[63]
d[-11] = 2119
d[-10] = 2120
d[2576] = 2121
d.update({64: 2122, 45: 2123, 89: 2124, 44: 2125, 3511: 2126})
d[-9] = 2127
d[82] = 2128
d.setdefault(85, 2129)
d[-10] = 2130
d.setdefault(-10, 2131)
d[50] = 2132
d[-10] = 2133
d.pop(73, None)
print(list(d.items()))
d[65] = 2134
if -10 in d: del d[-10]
d[2147483647] = 2135
print(list(d.items()))
d[12] = 2136
print(list(d.items()))
d.pop(63, None)
d[41] = 2137
if -13 in d: del d[-13]
d[19] = 2138
d[38] = 2139
print(d.popitem() if d else None)
d[72] = 2140
d[74] = 2141
print([k in d for k in [45, 89]])
print(list(d.items()))
print('# dict_int_20')
d = dict.fromkeys([71, 50, -147, 2147483647, 20], 0)
print(list(d.items()))
d |= {84: 2147, 75: 2148, 3397: 2149}
print(list(d.items()))
d[65536] = 2150
print(list(d.items()))
if 65536 in d: del d[65536]
if -147 in d: del d[-147]
print(list(d.items()))
print([k in d for k in [20, -12, 50, 71, 7, 65536]])
d[98] = 2151
if 2147483647 in d: del d[2147483647]
d = d.copy()
d.update([(2789, 2152)])
d = d.copy()
if 20 in d: del d[20]
d[3190] = 2153
if 2087 in d: del d[2087]
d[3190] = 2154
print(list(d.items()))
d[2789] = 2155
d.update([(76, 2156), (11, 2157), (74, 2158), (39, 2159)])
print(list(d.items()))
print('# dict_int_21')
d = dict.fromkeys(iter([1688, 73, 2524]), 0)
print(list(d.items()))
d[2524] = 2163
d[44] = 2164
d.pop(2524, None)
d[67] = 2165
print(list(d.items()))
d[-20] = 2166
d.pop(67, None)
print(list(d.items()))
d.setdefault(2524, 2167)
d.update({-14: 2168, 3484: 2169, -4: 2170})
if 2524 in d: del d[2524]
if 73 in d: del d[73]
d[-1] = 2171
d.pop(1688, None)
if 21 in d: del d[21]
d[6] = 2172
if 6 in d: del d[6]
d[33] = 2173
print(d.popitem() if d else None)
d[-20] = 2174
print([k in d for k in [44, -20, 2251, 82]])
d[816] = 2175
d[-1] = 2176
d[1688] = 2177
print(list(d.items()))
d[0] = 2178
d[41] = 2179
if 67 in d: del d[67]
d[816] = 2180
d[18] = 2181
if -20 in d: del d[-20]
d.update({-6: 2182})
if 33 in d: del d[33]
d[-1] = 2183
d = d.copy()
if -20 in d: del d[-20]
print([k in d for k in [92]])
d.update({61: 2184, 33: 2185})
d[70] = 2186
d[69] = 2187
if 67 in d: del d[67]
d.update([(-10, 2188), (82, 2189), (17, 2190)])
if 61 in d: del d[61]
if 2524 in d: del d[2524]
d[54] = 2191
d[-1073741824] = 2192
if -65536 in d: del d[-65536]
d.update({1457: 2193})
d.pop(2824, None)
d.setdefault(-1, 2194)
d[-1] = 2195
d |= {3970: 2196, -1073741825: 2197, 3: 2198}
d.pop(70, None)
d[73] = 2199
d.update([(37, 2200), (2147483648, 2201), (-19, 2202), (301, 2203), (-12, 2204)])
d[1777] = 2205
print(list(d.items()))
print('# dict_int_22')
d = dict.fromkeys([2798, 34, 2994, 54, 3243, 3403, 36, 29], 0)
print(list(d.items()))
d.clear()
d.pop(3403, None)
d.update({3917: 2214})
d.pop(7, None)
print(d.popitem() if d else None)
d[61] = 2215
print(d.popitem() if d else None)
if 3917 in d: del d[3917]
d[28] = 2216
print(list(d.items()))
d.setdefault(75, 2217)
d[16] = 2218
d[16] = 2219
d[-707] = 2220
d.pop(54, None)
d[71] = 2221
d[16] = 2222
d[11] = 2223
d[37] = 2224
print(d.popitem() if d else None)
d[41] = 2225
d[84] = 2226
d[-15] = 2227
d.pop(54, None)
d[82] = 2228
if 75 in d: del d[75]
d[17] = 2229
d[-16] = 2230
d[51] = 2231
if 84 in d: del d[84]
print(list(d.items()))
print(list(d.items()))
print('# dict_int_23')
d = dict(zip([-10, 94, -393, 21, 48, 13, 45, 83, 3393, -416, 34, 2817], [2232, 2233, 2234, 2235, 2236, 2237, 2238, 2239, 2240, 2241, 2242, 2243]))
print(list(d.items()))
d.update([(99, 2244), (-2, 2245), (72, 2246), (45, 2247)])
d[4] = 2248
print(list(d.items()))
print([k in d for k in [61, 34, 48, 34]])
d[-65536] = 2249
if 45 in d: del d[45]
d.setdefault(83, 2250)
d[59] = 2251
d[2147483647] = 2252
print(d.popitem() if d else None)
if -2 in d: del d[-2]
d.pop(3393, None)
print(d.popitem() if d else None)
d.update([(-17, 2253)])
print(list(d.items()))
if 83 in d: del d[83]
d[2817] = 2254
d.update({98: 2255, 5: 2256})
d[5] = 2257
print([k in d for k in [3393, -17, 91, 60, 98]])
d[1099511627776] = 2258
d[83] = 2259
d[-13] = 2260
d.pop(98, None)
d[-416] = 2261
d[3393] = 2262
d = d.copy()
d.update([(1099511627776, 2263), (2839, 2264), (66, 2265), (-938, 2266), (84, 2267)])
d.update({2: 2268, 82: 2269, 60: 2270, 2528: 2271})
d[2266] = 2272
print([k in d for k in [3393, 39]])
print([k in d for k in [2817, -10]])
d[72] = 2273
if 61 in d: del d[61]
print(list(d.items()))
if 98 in d: del d[98]
print([k in d for k in [99, 83, 2817, 5, 3393]])
print([k in d for k in [45, -8, 48, -15, 83]])
print(d.popitem() if d else None)
d[2528] = 2274
d.clear()
if 3703 in d: del d[3703]
d[-1] = 2275
d.update([(45, 2276), (50, 2277)])
d.setdefault(72, 2278)
d[67] = 2279
d[50] = 2280
d[72] = 2281
d[-12] = 2282
d[-7] = 2283
d[3393] = 2284
if 26 in d: del d[26]
d[2817] = 2285
if 13 in d: del d[13]
d[28] = 2286
d[57] = 2287
d[97] = 2288
d.update([(-472, 2289), (57, 2290), (62, 2291), (32, 2292), (25, 2293)])
d[2307] = 2294
d = d | {78: 2295, 64: 2296, 3727: 2297, 26: 2298}
d.pop(-2, None)
d[50] = 2299
d[74] = 2300
d[-1073741825] = 2301
d[12] = 2302
d[86] = 2303
d.pop(5, None)
d[1099511627776] = 2304
d[60] = 2305
d[26] = 2306
d[-14] = 2307
d[72] = 2308
print(d.popitem() if d else None)
d[15] = 2309
print([k in d for k in [-14]])
d[86] = 2310
d.clear()
if 2839 in d: del d[2839]
d.update({101: 2311, 18446744073709551617: 2312, 64: 2313, 75: 2314, 31: 2315})
d.pop(1045, None)
d[-416] = 2316
d[86] = 2317
d[-17] = 2318
print(list(d.items()))
print('# dict_int_24')
d = {84: 2319, 89: 2320, 3935: 2321, 790: 2322, 19: 2323, 51: 2324}
print(list(d.items()))
d[42] = 2325
d[89] = 2326
d[98] = 2327
print(list(d.items()))
print(list(d.items()))
d[16] = 2328
print(list(d.items()))
d[205] = 2329
d[63] = 2330
print(list(d.items()))
d[39] = 2331
d.update({56: 2332})
d[2255] = 2333
if 69 in d: del d[69]
d[90] = 2334
print(d.popitem() if d else None)
if 51 in d: del d[51]
d[98] = 2335
print([k in d for k in [56, 56]])
print(list(d.items()))
d.setdefault(790, 2336)
d = d.copy()
d[3928] = 2337
d[3221] = 2338
if 55 in d: del d[55]
d[65536] = 2339
d[89] = 2340
d[94] = 2341
if 68 in d: del d[68]
print([k in d for k in [42, 3935, 16]])
print(d.popitem() if d else None)
d = d.copy()
d[30] = 2342
print(d.popitem() if d else None)
d[91] = 2343
d[1099511627776] = 2344
if 89 in d: del d[89]
d[69] = 2345
print(list(d.items()))
