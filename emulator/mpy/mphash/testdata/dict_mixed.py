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
print('# dict_mixed_0')
d = dict([])
print(list(d.items()))
d[-65536] = 2346
d[-65536] = 2347
d['hytuax'] = 2348
if 'hytuax' in d: del d['hytuax']
d[True] = 2349
d[(1074, 'state')] = 2350
d[-65536] = 2351
d['so0qYwA8'] = 2352
d[(61,)] = 2353
d[1] = 2354
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[-18.25] = 2355
d['y'] = 2356
print(list(d.items()))
if 1 in d: del d[1]
d[-17] = 2357
d[-18.25] = 2358
d[745] = 2359
d |= {14.5: 2360}
if -18.25 in d: del d[-18.25]
print(list(d.items()))
if True in d: del d[True]
if (68,) in d: del d[(68,)]
d[(59, 'dir')] = 2361
if -65536 in d: del d[-65536]
d['6dc2B'] = 2362
if 745 in d: del d[745]
d[True] = 2363
if ('retries', 'a') in d: del d[('retries', 'a')]
d['7n4sk3y'] = 2364
d.setdefault(True, 2365)
d[-12.5] = 2366
d['port'] = 2367
d[(4,)] = 2368
d[1] = 2369
d[('cvbjxAz8Yg3C', 'state')] = 2370
d[75] = 2371
d[b''] = 2372
d[42.0] = 2373
d[(-1073741824, 19, 37)] = 2374
d[1.0] = 2375
d[35] = 2376
d.update({'mbC': 2377, 'file': 2378, -16: 2379, 'ab': 2380, 'timeout': 2381})
d[8.75] = 2382
if 71.25 in d: del d[71.25]
d[('main', 'path')] = 2383
d.update([(89, 2384), ('main', 2385), ('uwk', 2386), (68.0, 2387), (True, 2388)])
d[1877] = 2389
if 77.0 in d: del d[77.0]
print(d.popitem() if d else None)
print(list(d.items()))
d['usAmic'] = 2390
d['_w'] = 2391
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
if '\xe9' in d: del d['\xe9']
d.setdefault('y', 2392)
d[1877] = 2393
print(list(d.items()))
print([k in d for k in ['file', b'', (4,), '1uc547o']])
d[46] = 2394
d[70.75] = 2395
d[48] = 2396
d['9fo4wo5AAy6'] = 2397
print(list(d.items()))
d[36] = 2398
d[93] = 2399
d[(-4, 'BBZw')] = 2400
d.update([(-14.0, 2401), (47, 2402)])
d[15] = 2403
d.setdefault(('timeout', 'id'), 2404)
d['42zogveZ'] = 2405
print([k in d for k in [(59, 'dir'), 'firmware', ('cvbjxAz8Yg3C', 'state')]])
d[72.75] = 2406
d['liv'] = 2407
d[1.0] = 2408
print(list(d.items()))
d[True] = 2409
d['version'] = 2410
d.update([((95, 72, 1084), 2411), ('ro1rkwmgr', 2412), (('na\xefve', '6ojZdf_8X7'), 2413)])
d = d.copy()
d['tree'] = 2414
print(list(d.items()))
print('# dict_mixed_1')
d = {-16.5: 2415, 3227: 2416, -14.0: 2417, 'ok': 2418, -18.25: 2419, False: 2420, 93: 2421, 'sha': 2422}
print(list(d.items()))
d.pop(93, None)
d[(7, '9kiA')] = 2423
d[-16.5] = 2424
d[False] = 2425
d.update({'4oyhwZe5A4': 2426, 'boot.py': 2427, 87: 2428, 20: 2429, 'ky8ldkc_p': 2430, 'firmware': 2431})
d.setdefault(65536, 2432)
d.update({'ysuj': 2433})
d[14] = 2434
if -1073741825 in d: del d[-1073741825]
d[31.0] = 2435
d.setdefault(-16.5, 2436)
d[-3000000000.0] = 2437
d.update({55: 2438, 1.0: 2439, 'njX5qA5_uh': 2440, 42.5: 2441, 78.25: 2442})
d.update([('04l', 2443), (16, 2444), ('firmware', 2445)])
d[1099511627776] = 2446
print(list(d.items()))
d[812] = 2447
if 'r2_Bl0Yxw' in d: del d['r2_Bl0Yxw']
if 'truncated' in d: del d['truncated']
d.setdefault(65536, 2448)
d[-18] = 2449
d[98] = 2450
print([k in d for k in [-18, 1099511627776, ('port', 'documentation_url')]])
d[1] = 2451
print([k in d for k in [812, -9.75, ('assets', 'files'), 'lib/ota.py']])
print([k in d for k in [-18, 65536, (-8,), -11, 'ysuj']])
if 60 in d: del d[60]
d[65536] = 2452
d[60.0] = 2453
print(list(d.items()))
d = d.copy()
print([k in d for k in [-14.0, -16.5, 'boot.py', 65535, -16.5]])
d[-16.5] = 2454
d[None] = 2455
print([k in d for k in [(40, 1073741823, 2147483648), 87, 'firmware', 55, 54]])
d['BBu'] = 2456
d = d.copy()
print(list(d.items()))
if -14.0 in d: del d[-14.0]
d.clear()
if 812 in d: del d[812]
print(list(d.items()))
d['c'] = 2457
d[((86, -1180591620717411303429), 'password')] = 2458
if 20 in d: del d[20]
if False in d: del d[False]
print([k in d for k in [33.0]])
d['published_at'] = 2459
if 'ref' in d: del d['ref']
print(list(d.items()))
d['ref'] = 2460
d.setdefault('dir', 2461)
d.pop(31.0, None)
d[8.5] = 2462
print([k in d for k in [3227, (), 16]])
d[()] = 2463
d[65535] = 2464
print([k in d for k in ['dir']])
d[65535] = 2465
d[-2.25] = 2466
print(d.popitem() if d else None)
if 'firmware' in d: del d['firmware']
d[14.0] = 2467
d['url'] = 2468
d[1] = 2469
d[44] = 2470
d.setdefault((4294967295, 'published_at'), 2471)
d[8.5] = 2472
d[()] = 2473
print([k in d for k in [16, 78.25, 1.0, 77.5, 'sha', 16]])
d[None] = 2474
print(list(d.items()))
print('# dict_mixed_2')
d = dict.fromkeys(iter([9, 50.25, 'l8', None, 35.0, -1, 'name', True]), 0)
print(list(d.items()))
d[False] = 2483
d[True] = 2484
print(list(d.items()))
print(list(d.items()))
d[1.0] = 2485
d[1.0] = 2486
d = d.copy()
d[30.0] = 2487
if 1.0 in d: del d[1.0]
d[32] = 2488
if ((12, 53), 'name') in d: del d[((12, 53), 'name')]
d[-1] = 2489
d['error'] = 2490
print(d.popitem() if d else None)
if True in d: del d[True]
d[2433] = 2491
d[256] = 2492
d['9Z5Xe5pA'] = 2493
d[89] = 2494
print(list(d.items()))
d['say "hi"'] = 2495
d[48] = 2496
d[84] = 2497
print(list(d.items()))
d[82] = 2498
if None in d: del d[None]
if 89 in d: del d[89]
d = d.copy()
d[27] = 2499
d = d.copy()
d[True] = 2500
print(list(d.items()))
if 'say "hi"' in d: del d['say "hi"']
d[-200] = 2501
d.update({'ab': 2502, 'C': 2503, -13: 2504, 'name': 2505})
d[-1180591620717411303429] = 2506
print(list(d.items()))
d['wt'] = 2507
print([k in d for k in [9, 35.0]])
d.pop(True, None)
d.update([(8, 2508), (1073741824, 2509)])
d['l8'] = 2510
print([k in d for k in ['wt', 89, -1180591620717411303429, 'k2o', 9]])
if 9 in d: del d[9]
d.update({1224: 2511, 46: 2512, '4XAr9joY': 2513, 70: 2514})
d['aZowZ'] = 2515
print([k in d for k in [50.25, ((85, 1099511627776), 'published_at'), -13, 2433, 'l8']])
d['node_id'] = 2516
print(d.popitem() if d else None)
print([k in d for k in [84]])
d.setdefault(-1, 2517)
d['b8Bx__lhev'] = 2518
d[()] = 2519
if 'z' in d: del d['z']
print(list(d.items()))
d = d.copy()
d[()] = 2520
print(list(d.items()))
print(d.popitem() if d else None)
if -1 in d: del d[-1]
d[()] = 2521
if -1 in d: del d[-1]
print([k in d for k in [False, 'node_id', 70, 256]])
d[1] = 2522
d[None] = 2523
d[2433] = 2524
d.setdefault(-12.0, 2525)
d.update([(72.5, 2526)])
print(list(d.items()))
d['sha1'] = 2527
d.update({(-7, 'id'): 2528, 1.0: 2529, (83,): 2530, 'boot.py': 2531, 29.0: 2532, ('An0se_wem9', 'draft'): 2533})
d['4XAr9joY'] = 2534
d[()] = 2535
d['prerelease'] = 2536
d['b8Bx__lhev'] = 2537
d['4XAr9joY'] = 2538
d['q'] = 2539
d.pop((-425, 71, 92), None)
d = d.copy()
print(list(d.items()))
if 'say "hi"' in d: del d['say "hi"']
print([k in d for k in [46, True]])
d[()] = 2540
print(list(d.items()))
print('# dict_mixed_3')
d = {k: v for k, v in zip([], [])}
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
d |= {1073741824: 2541, 0: 2542, 1.0: 2543, 25: 2544}
d[()] = 2545
print(list(d.items()))
print(list(d.items()))
d['retries'] = 2546
print(list(d.items()))
d['firmware'] = 2547
d[()] = 2548
print(list(d.items()))
d.update({'dphc': 2549, 'i8s2n': 2550, 26: 2551, (): 2552, 43: 2553, 'commit': 2554})
print(d.popitem() if d else None)
d['host'] = 2555
d['ozdogzv3BwA4'] = 2556
if () in d: del d[()]
print(d.popitem() if d else None)
d.setdefault('commit', 2557)
d.update([(-15.75, 2558), (834, 2559), (41, 2560), (-12, 2561)])
d['5Y'] = 2562
d[b'ab'] = 2563
d[b'ab'] = 2564
d[b'ab'] = 2565
d[(0,)] = 2566
print(list(d.items()))
print('# dict_mixed_4')
d = dict()
print(list(d.items()))
if 'content' in d: del d['content']
d[True] = 2567
d['ota'] = 2568
d[56.75] = 2569
if 56.75 in d: del d[56.75]
print(list(d.items()))
d.setdefault(True, 2570)
d[True] = 2571
print(list(d.items()))
d.pop('o', None)
print(d.popitem() if d else None)
d['_5qpXnb'] = 2572
d['Cbus9z40z'] = 2573
print(list(d.items()))
d[True] = 2574
d[17.75] = 2575
d[56.75] = 2576
d.clear()
d[9] = 2577
d['_5qpXnb'] = 2578
d['timeout'] = 2579
print([k in d for k in [56.75, True, 9, False, True]])
d[99] = 2580
d[(55, '21f_uy5ubi')] = 2581
print(list(d.items()))
d.pop(17, None)
d['1mriCZBi'] = 2582
print(list(d.items()))
if 14 in d: del d[14]
d[4294967295] = 2583
d['ota'] = 2584
d = d.copy()
print(list(d.items()))
if '_5qpXnb' in d: del d['_5qpXnb']
d[('AyrvZYkw2a', '5973c6h6_')] = 2585
if '1mriCZBi' in d: del d['1mriCZBi']
if True in d: del d[True]
d[b''] = 2586
d[85] = 2587
d[75] = 2588
if -15.25 in d: del d[-15.25]
if 56.75 in d: del d[56.75]
print(d.popitem() if d else None)
d[56.75] = 2589
print(d.popitem() if d else None)
d[True] = 2590
d[-697] = 2591
if 99 in d: del d[99]
d.update({'7up': 2592, 744: 2593, 30: 2594, True: 2595, 35: 2596, 82: 2597})
d[38] = 2598
print([k in d for k in [((1125, 25), 'fpXzo90i')]])
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_5')
d = dict()
print(list(d.items()))
d[((-307, -1073741824), '0kCo3')] = 2599
d['say "hi"'] = 2600
d.pop(8, None)
print([k in d for k in [(), 'say "hi"', ((-307, -1073741824), '0kCo3'), ((-307, -1073741824), '0kCo3')]])
d['latest'] = 2601
d[2154] = 2602
d[41] = 2603
d[96] = 2604
d['piq'] = 2605
d[('uCab', 'j8odwfjA0')] = 2606
d.setdefault('YjCic', 2607)
d[((-307, -1073741824), '0kCo3')] = 2608
d.pop(96, None)
print(list(d.items()))
d[14.0] = 2609
d.update([('ab', 2610), ('assets', 2611)])
d.update({'3wt0j0kh': 2612})
if 'YjCic' in d: del d['YjCic']
if 78.25 in d: del d[78.25]
print([k in d for k in [()]])
d.clear()
d['content'] = 2613
d[((-307, -1073741824), '0kCo3')] = 2614
d['ota'] = 2615
print(list(d.items()))
d.pop('djnwuchwv', None)
d['content'] = 2616
d['yZm8q9e'] = 2617
d['error'] = 2618
d[((-307, -1073741824), '0kCo3')] = 2619
if 32 in d: del d[32]
d = d | {(50, -16, 3125): 2620}
print(d.popitem() if d else None)
d.update({3000000000.0: 2621, 'f5c4ivec7sX': 2622, b'': 2623, b'ab': 2624, 96: 2625, 'truncated': 2626})
d[((-307, -1073741824), '0kCo3')] = 2627
d = d.copy()
d[31.5] = 2628
d.pop('YjCic', None)
d[41] = 2629
print([k in d for k in ['6dX2uh3tfvc4', 'qv3Bbwsw5', 'content', ((-307, -1073741824), '0kCo3')]])
d[(74, 'A449m')] = 2630
d.setdefault('3wt0j0kh', 2631)
d.clear()
if 'f5c4ivec7sX' in d: del d['f5c4ivec7sX']
print([k in d for k in ['ota', 14.0, ('uCab', 'j8odwfjA0'), (74, 'A449m')]])
d[69] = 2632
d = d.copy()
d.update([(1.0, 2633), (61, 2634)])
d['lib/ota.py'] = 2635
if '68' in d: del d['68']
if 2951 in d: del d[2951]
d[7] = 2636
if 'content' in d: del d['content']
d[65] = 2637
d.update([(65536, 2638), (-1, 2639), ((), 2640), ('assets', 2641)])
d['p0'] = 2642
d[86] = 2643
print(list(d.items()))
print('# dict_mixed_6')
d = {'name': 2644, 95: 2645, 'ab': 2646, '\U0001f600': 2647}
print(list(d.items()))
if 'name' in d: del d['name']
d[(5,)] = 2648
print(list(d.items()))
d.update([(-15, 2649), ((90, 'VERSION'), 2650), (b'ab', 2651)])
if b'ab' in d: del d[b'ab']
d[(49, 'path')] = 2652
d[-15] = 2653
if '\U0001f600' in d: del d['\U0001f600']
d[(96,)] = 2654
d[36] = 2655
d[-13.75] = 2656
d.clear()
if 45.25 in d: del d[45.25]
d['\U0001f600'] = 2657
d[65] = 2658
if '\U0001f600' in d: del d['\U0001f600']
d[(5,)] = 2659
d[73] = 2660
d['kpvmZc_gvt'] = 2661
d[None] = 2662
d[65] = 2663
print(list(d.items()))
d.update([(True, 2664)])
d[2628] = 2665
d[-9.0] = 2666
d[(2147483647, 37, 63)] = 2667
d['wl3nh'] = 2668
if 'kpvmZc_gvt' in d: del d['kpvmZc_gvt']
d['documentation_url'] = 2669
d['documentation_url'] = 2670
if -15 in d: del d[-15]
d[(50, 'm9nzwmmyYes')] = 2671
d.pop(65, None)
d.update({-3.0: 2672})
d.clear()
d.update([(88, 2673)])
d.update([(((55, -2), 'A7beiv1'), 2674), (578, 2675)])
print([k in d for k in [None]])
d |= {94: 2676, None: 2677, -11.0: 2678, 3195: 2679}
d[39] = 2680
d[3000000000.0] = 2681
print([k in d for k in [40]])
d[((82, -955), 'm41lbladZo')] = 2682
if (96,) in d: del d[(96,)]
d[(96,)] = 2683
d.clear()
d['ab'] = 2684
if 39 in d: del d[39]
d.update({79: 2685})
d.pop((96,), None)
d.pop('documentation_url', None)
if None in d: del d[None]
if 95 in d: del d[95]
d[(90, 'VERSION')] = 2686
if -959 in d: del d[-959]
d[3000000000.0] = 2687
d['path'] = 2688
d[(189, 'download_url')] = 2689
d.update([('Xe', 2690), (54.0, 2691)])
d[12] = 2692
print([k in d for k in [-1, 65]])
if 'ab' in d: del d['ab']
d.setdefault(73, 2693)
d[-7.0] = 2694
d['pm'] = 2695
print(list(d.items()))
print('# dict_mixed_7')
d = dict.fromkeys(iter([66.25]), 0)
print(list(d.items()))
print(d.popitem() if d else None)
d['node_id'] = 2697
d['ab'] = 2698
print(list(d.items()))
print([k in d for k in ['ab', ('6Csz7mYiB4_', 'label')]])
d[24] = 2699
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[2489] = 2700
print([k in d for k in ['ab', 24, 66.25, 2489, 'node_id']])
if 'ab' in d: del d['ab']
print(list(d.items()))
d['id'] = 2701
if 2489 in d: del d[2489]
d[None] = 2702
d['YYjhnZmY'] = 2703
d.update({27: 2704, 31.0: 2705, 82: 2706, 'w': 2707, 1.0: 2708})
d[77] = 2709
d[((-1073741825, 7), 'wA')] = 2710
if None in d: del d[None]
d['w'] = 2711
d.update([((42, 2028, -11), 2712), (53, 2713), ('s6qju7Ze7vn', 2714)])
d[69] = 2715
d[1313] = 2716
d = d.copy()
d.setdefault(31.0, 2717)
d['3chZ'] = 2718
d['status'] = 2719
d.pop('tl', None)
d['browser_download_url'] = 2720
print(list(d.items()))
print(list(d.items()))
if 1313 in d: del d[1313]
d[28.75] = 2721
d.pop(1.0, None)
d[1] = 2722
print([k in d for k in [17, 'YYjhnZmY', (47,), 'YYjhnZmY']])
if 'sy5' in d: del d['sy5']
if 24 in d: del d[24]
d['prerelease'] = 2723
if 31.0 in d: del d[31.0]
d[(-986, 'sha')] = 2724
if 'id' in d: del d['id']
print(d.popitem() if d else None)
print(d.popitem() if d else None)
print(list(d.items()))
if 1313 in d: del d[1313]
d['naskso28'] = 2725
d[1] = 2726
if 28.75 in d: del d[28.75]
print([k in d for k in [31.0, 24, 'naarkye1b', 66.25, 28.75, 66.25]])
d.update([(52, 2727), ('gCkxxXocm6', 2728), (False, 2729), ('password', 2730), (-20, 2731)])
d[27] = 2732
d['body'] = 2733
d[1] = 2734
print(list(d.items()))
print(list(d.items()))
print(list(d.items()))
print([k in d for k in [27]])
d['tree'] = 2735
d[b'version'] = 2736
d[11] = 2737
if 11 in d: del d[11]
if False in d: del d[False]
if 'y02zwCki' in d: del d['y02zwCki']
d['id'] = 2738
print(list(d.items()))
if 'id' in d: del d['id']
d[()] = 2739
d[('d0Btdq', '\U0001f600')] = 2740
d[-6] = 2741
d[b'version'] = 2742
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_8')
d = dict()
print(list(d.items()))
d[(85, -1073741825, -12)] = 2743
if (85, -1073741825, -12) in d: del d[(85, -1073741825, -12)]
d[11] = 2744
print(list(d.items()))
d.update([(((41, -324), 'gYAA_19lq'), 2745), ('6d1X18myf1', 2746), ('6msbmy_j', 2747), (3103, 2748), (1, 2749)])
d[47.75] = 2750
d.update({20: 2751, '_3i': 2752, 58: 2753, 65.25: 2754})
d['sBkqpc'] = 2755
d.update([(75, 2756), ('yrx8tnjyqmhj', 2757), ('prerelease', 2758), ('published_at', 2759)])
d[1.0] = 2760
d.pop(65.25, None)
d.setdefault('6d1X18myf1', 2761)
d.setdefault(3581, 2762)
d.update([(1.0, 2763), ((39,), 2764), ('px4zl2pbCv', 2765)])
d['files'] = 2766
d |= {1327: 2767, 'd9dBnxw86v6': 2768, 64: 2769, 25: 2770}
d['b'] = 2771
if 1.0 in d: del d[1.0]
if '6msbmy_j' in d: del d['6msbmy_j']
d[(54,)] = 2772
d['message'] = 2773
if 'b' in d: del d['b']
d[True] = 2774
print(list(d.items()))
print([k in d for k in ['6d1X18myf1']])
d[-1] = 2775
if -1 in d: del d[-1]
d.pop('file', None)
d[((41, -324), 'gYAA_19lq')] = 2776
print(list(d.items()))
d[65.25] = 2777
d[81] = 2778
d['dir'] = 2779
d[(98,)] = 2780
d['mode'] = 2781
d[()] = 2782
if 'mode' in d: del d['mode']
d.update([('45_m', 2783)])
d['ll2ln'] = 2784
d.update([('9', 2785), (-1073741824, 2786), (-4, 2787)])
d[((1099511627776, 9), 'id')] = 2788
d['main.py'] = 2789
if 1 in d: del d[1]
d.update([(64, 2790), ((96, 36, 65535), 2791), ((), 2792), (None, 2793), (23, 2794)])
d[24.0] = 2795
print(list(d.items()))
d = d.copy()
print(list(d.items()))
if '6d1X18myf1' in d: del d['6d1X18myf1']
d.update({'sha256': 2796, None: 2797, 1073741824.5: 2798, 'Version': 2799, 'b': 2800})
print(d.popitem() if d else None)
d.setdefault('files', 2801)
if 'message' in d: del d['message']
print([k in d for k in [(54,), 'b', '_3i']])
d.update([(((38, 97), '99ykbnCYjgc'), 2802), ((40, "it's"), 2803), (-6.0, 2804), (248, 2805), (52.5, 2806)])
d['file'] = 2807
print(list(d.items()))
d[True] = 2808
d[57] = 2809
d.setdefault('mode', 2810)
d.setdefault(-6.0, 2811)
d[23] = 2812
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_9')
d = dict.fromkeys([2, 'port', 1, 'id', 'retries', b'', 'vZoC', 105, '7gByXi4kAuZ', 'download_url', '_jZA'], 0)
print(list(d.items()))
if 'jdkxv63if' in d: del d['jdkxv63if']
d['id'] = 2824
d[88] = 2825
print(d.popitem() if d else None)
d['ab'] = 2826
d.update([(3647, 2827), (13.0, 2828), ((), 2829)])
if 'id' in d: del d['id']
if 88 in d: del d[88]
d['ugvnpy'] = 2830
print(list(d.items()))
d[1] = 2831
d = d | {}
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
d[-5.75] = 2832
print(list(d.items()))
d[70.0] = 2833
print(list(d.items()))
d[-1099511627773] = 2834
d.clear()
d.pop('khk', None)
d[44.5] = 2835
d['state'] = 2836
if 'ab' in d: del d['ab']
d["it's"] = 2837
print(list(d.items()))
print('# dict_mixed_10')
d = {4294967303: 2838, 67: 2839, 86: 2840, 'zr9yxd48': 2841, 'main.py': 2842, 'truncated': 2843, 'ovxhwqYuAzB': 2844, 2570: 2845, 'ab': 2846, True: 2847}
print(list(d.items()))
d.update({1: 2848, ((88, -173), 'url'): 2849, 18446744073709551617: 2850})
d.pop('ovxhwqYuAzB', None)
print(list(d.items()))
d[2908] = 2851
d['zvarw51Bn'] = 2852
print(list(d.items()))
print(list(d.items()))
d[86] = 2853
d[b''] = 2854
print(list(d.items()))
print(list(d.items()))
d['blob'] = 2855
d.update({'rz8Yrvontz': 2856})
d = d.copy()
d[-221] = 2857
d[b'version'] = 2858
d['ovxhwqYuAzB'] = 2859
d[73.5] = 2860
d['ota'] = 2861
print(list(d.items()))
d[1] = 2862
d[73.5] = 2863
print(list(d.items()))
print('# dict_mixed_11')
d = dict(zip([45.5], [2864]))
print(list(d.items()))
if 45.5 in d: del d[45.5]
d['published_at'] = 2865
print([k in d for k in ['published_at', 45.5, (47, 'new\nline'), 45.5]])
d[45.5] = 2866
d[b'version'] = 2867
print(list(d.items()))
d[45.5] = 2868
d[()] = 2869
print(list(d.items()))
d[(79, 2, 35)] = 2870
print([k in d for k in [b'version', (), b'version', 45.5]])
if 'sha' in d: del d['sha']
d['status'] = 2871
if 45.5 in d: del d[45.5]
d['3sAw2vAqZ6'] = 2872
d.pop('status', None)
d[7] = 2873
d[49] = 2874
d.update({(2147483648, 37, 66): 2875, 26.25: 2876, -16.0: 2877, 1099511627776: 2878, 'back\\slash': 2879})
d['content'] = 2880
d['f'] = 2881
d[(79, 2, 35)] = 2882
print(list(d.items()))
d[()] = 2883
d['sha'] = 2884
d.setdefault(45, 2885)
if () in d: del d[()]
d.update([(-1073741825, 2886), (('prerelease', 'tree'), 2887), ('mode', 2888)])
if ('y', 'download_url') in d: del d[('y', 'download_url')]
d.update([('swmCkpo8', 2889), (42, 2890), (True, 2891), ('browser_download_url', 2892), ('host', 2893)])
d['encoding'] = 2894
d[0] = 2895
print(list(d.items()))
d[75.0] = 2896
if -16.0 in d: del d[-16.0]
d.pop('node_id', None)
d[45.5] = 2897
print(list(d.items()))
print([k in d for k in [-1, 11, (0, 66, -9)]])
if (79, 2, 35) in d: del d[(79, 2, 35)]
if 45.5 in d: del d[45.5]
d[7] = 2898
d[-16.0] = 2899
d[97] = 2900
d[-17] = 2901
d.clear()
d[(87, 40, 50)] = 2902
d[(90,)] = 2903
if '0iim1' in d: del d['0iim1']
d.update({'message': 2904, 'layYyihji4X': 2905, '7wryyX1': 2906, 'url': 2907, 47: 2908})
d['host'] = 2909
d[-12] = 2910
if 18446744073709551617 in d: del d[18446744073709551617]
print([k in d for k in ['A4zYj', -12]])
d[19.0] = 2911
print(list(d.items()))
print('# dict_mixed_12')
d = dict.fromkeys([b'version', ((-5, 68), 'phgzed'), 83, 40, 96, 'message', 868, (96, -6, 13), 'b', -2.0, '4Yhr', -10], 0)
print(list(d.items()))
print(list(d.items()))
d[('VERSION', 'a')] = 2924
d = d.copy()
print(list(d.items()))
d[True] = 2925
d.update({'main': 2926, -12: 2927, 's': 2928, 'message': 2929, -10: 2930})
print(d.popitem() if d else None)
print(list(d.items()))
d[b'version'] = 2931
print(list(d.items()))
d['url'] = 2932
print(list(d.items()))
d.pop((96, -6, 13), None)
if 50.5 in d: del d[50.5]
print(d.popitem() if d else None)
d[1073741823] = 2933
if 'b' in d: del d['b']
d.update([(67.5, 2934), (('Ypv', 'Zm6ywcu0'), 2935)])
d |= {'d95_vZuCYwiv': 2936}
d.setdefault(-12, 2937)
d['lib/ota.py'] = 2938
d[((25, 0), 'f_8kn')] = 2939
d.update({b'': 2940, '2dX706ci': 2941})
print(list(d.items()))
d.clear()
d.pop(1073741823, None)
d[57] = 2942
d = d.copy()
d.update({'error': 2943, 20: 2944, 'b': 2945})
d[65] = 2946
print(list(d.items()))
d[b'ab'] = 2947
print(list(d.items()))
d.update([(19, 2948), (-1, 2949), ((), 2950), (46, 2951), ('aq82', 2952)])
d[34.25] = 2953
d[70.0] = 2954
d = d.copy()
d.clear()
d['rn'] = 2955
d[51.5] = 2956
d['b'] = 2957
d = d | {74: 2958, 'url': 2959, 3.0: 2960}
d[36] = 2961
d['node_id'] = 2962
d.pop('s', None)
print(d.popitem() if d else None)
print([k in d for k in ['size', (25, 43, 52), 51.5]])
if 'aq82' in d: del d['aq82']
d['v3ut'] = 2963
d = d | {}
print(list(d.items()))
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_mixed_13')
d = {12: 2964, -3.75: 2965, 'ab': 2966, 32: 2967, 51: 2968, 1: 2969, 95: 2970, 'xyCgzzs9032': 2971, (-2, '9ilAChCnu'): 2972, ('rsgdYbh65wr', '58XtnwX9t'): 2973, -3000000000.0: 2974}
print(list(d.items()))
d[('rsgdYbh65wr', '58XtnwX9t')] = 2975
d['ab'] = 2976
d[-16] = 2977
if (-2, '9ilAChCnu') in d: del d[(-2, '9ilAChCnu')]
d[(3079, 4294967295, 62)] = 2978
d[(3079, 4294967295, 62)] = 2979
print([k in d for k in [763, (79, -783, 17), 'ab']])
print(d.popitem() if d else None)
d[51] = 2980
d[18] = 2981
d.update([(1, 2982), ('retries', 2983), (86, 2984), (15.5, 2985), (23.25, 2986)])
d.pop('commit', None)
d.update({80: 2987, 'main': 2988, -10.5: 2989, False: 2990, 'draft': 2991})
if 'draft' in d: del d['draft']
print([k in d for k in [(3079, 4294967295, 62), 86]])
d[51] = 2992
d['type'] = 2993
print(list(d.items()))
d[None] = 2994
print(list(d.items()))
d[1.0] = 2995
print(list(d.items()))
d.update([(((48, 3542), 'html_url'), 2996), (-9, 2997), (13, 2998), ((40, 'size'), 2999), ('rvr_1w', 3000)])
d['blob'] = 3001
d[()] = 3002
d.update([(39, 3003), (639, 3004), ('blob', 3005), ('pzw81eXz8', 3006), ('lib', 3007)])
if '1Be6nj7BC7B' in d: del d['1Be6nj7BC7B']
d.update({-7.5: 3008, (99, 34, 80): 3009, 11.0: 3010})
d = d | {'ZtYgk1': 3011, 97: 3012, -10: 3013}
print(d.popitem() if d else None)
print([k in d for k in [(), 12, 2639, 'truncated']])
d[(35,)] = 3014
d['7sArmbfg'] = 3015
d.setdefault(((48, 3542), 'html_url'), 3016)
if 51 in d: del d[51]
d[98] = 3017
d[65536] = 3018
d[(-15,)] = 3019
print(list(d.items()))
print(list(d.items()))
d['v_iow7'] = 3020
d.setdefault(-9, 3021)
d[72.75] = 3022
if -3000000000.0 in d: del d[-3000000000.0]
if 'blob' in d: del d['blob']
d[(3079, 4294967295, 62)] = 3023
print([k in d for k in ['pzw81eXz8']])
print([k in d for k in [40.5, 95, 51, 72.75, -9]])
d.update({('k7X8z_giodua', 'truncated'): 3024, 'retries': 3025, False: 3026, -220: 3027, 52: 3028})
d[b'ab'] = 3029
if 13 in d: del d[13]
if 'blob' in d: del d['blob']
print(list(d.items()))
print(list(d.items()))
d['3y10ZdAYzli'] = 3030
d[(95,)] = 3031
print(list(d.items()))
print(list(d.items()))
d['Axsxq5f'] = 3032
if 'type' in d: del d['type']
d['3y10ZdAYzli'] = 3033
print(d.popitem() if d else None)
print(list(d.items()))
d.clear()
d['version'] = 3034
if 'main' in d: del d['main']
d['b48kZwsmcY3'] = 3035
d[22] = 3036
d.pop(23, None)
d.pop(78, None)
print([k in d for k in [34.25, -3.75, 20.25, -7.5, -16.0]])
d[(99, 34, 80)] = 3037
print(list(d.items()))
print('# dict_mixed_14')
d = dict()
print(list(d.items()))
if -8.0 in d: del d[-8.0]
d[('caf\xe9', '1v6vr6aYk')] = 3038
d[11.5] = 3039
print(d.popitem() if d else None)
d.update({'173kqp': 3040, 57: 3041})
print(d.popitem() if d else None)
d[((86, 50), 'host')] = 3042
if -15 in d: del d[-15]
d[1073741824.5] = 3043
d[25.75] = 3044
d['sha256'] = 3045
print(list(d.items()))
d[57] = 3046
d[46] = 3047
print(d.popitem() if d else None)
d[25] = 3048
if ((86, 50), 'host') in d: del d[((86, 50), 'host')]
print([k in d for k in [-1180591620717411303429, '173kqp', 25.75]])
d['ssxmjg'] = 3049
d[25] = 3050
d['173kqp'] = 3051
d[76] = 3052
d[818] = 3053
d[1] = 3054
d.update([(27.5, 3055), (('draft', 'truncated'), 3056), (48.25, 3057)])
d[(-8, 'dir')] = 3058
d[(2147483648,)] = 3059
print([k in d for k in [(1803,), ('draft', 'truncated'), 25.75, 57, 'ssid', 'XcqAAq_w2_45']])
if 58 in d: del d[58]
d['id'] = 3060
d['blob'] = 3061
d['tp0cbXys'] = 3062
d.pop(46, None)
d[b''] = 3063
if 46 in d: del d[46]
print([k in d for k in [-4, 'ssxmjg', '9rBxu0ajyg', 28, 's', 'blob']])
d['ZsdjZ_a0'] = 3064
d['5cv5s2oyic'] = 3065
if 25 in d: del d[25]
if 'sha256' in d: del d['sha256']
d['ok'] = 3066
print(list(d.items()))
d['tag_name'] = 3067
d['sha256'] = 3068
if ('caf\xe9', '1v6vr6aYk') in d: del d[('caf\xe9', '1v6vr6aYk')]
d['dir'] = 3069
d[27] = 3070
d[None] = 3071
print(list(d.items()))
if 50 in d: del d[50]
d[40] = 3072
d[1368] = 3073
if 11.5 in d: del d[11.5]
d['r66'] = 3074
d['sha256'] = 3075
d[-8.25] = 3076
d.update([(37.25, 3077)])
d.setdefault(57, 3078)
d.update({b'': 3079, 64: 3080, (16, '1qjeB'): 3081})
d[27] = 3082
d[((39, 4), '327suhu')] = 3083
d[64] = 3084
if 'tp0cbXys' in d: del d['tp0cbXys']
d[1] = 3085
if 'tp0cbXys' in d: del d['tp0cbXys']
print(list(d.items()))
d['k5dc5Z'] = 3086
if 'uYod8' in d: del d['uYod8']
d[(-14, 'f')] = 3087
d[()] = 3088
d[b'version'] = 3089
print(list(d.items()))
print('# dict_mixed_15')
d = dict(zip(['Bji2zcu', 2657, 71, 'ota', None, 'name', 'n7_bg4_lXjy', (81, -16, 2200), 'body'], [3090, 3091, 3092, 3093, 3094, 3095, 3096, 3097, 3098]))
print(list(d.items()))
print(list(d.items()))
d[86] = 3099
print(list(d.items()))
d.update({'je6b6bb45': 3100})
d[68] = 3101
d[-1180591620717411303429] = 3102
print(list(d.items()))
d['ZYotymd_xz'] = 3103
d['message'] = 3104
d.setdefault(2657, 3105)
d['v1.2.3'] = 3106
d[-5] = 3107
d[2657] = 3108
d[32] = 3109
d.update([(26, 3110), (21, 3111)])
print([k in d for k in ['download_url', 21, 86, 'u52']])
d.pop('ota', None)
if 'prerelease' in d: del d['prerelease']
d.setdefault('tYZay7', 3112)
d = d.copy()
print(d.popitem() if d else None)
print([k in d for k in [None]])
print([k in d for k in ['body', 'tYZay7', 26]])
print(d.popitem() if d else None)
d = d.copy()
d[55] = 3113
d['Yw3k48ybq'] = 3114
d.pop(False, None)
d[True] = 3115
if 'host' in d: del d['host']
print(list(d.items()))
d['message'] = 3116
d[2147483648] = 3117
if 'je6b6bb45' in d: del d['je6b6bb45']
d.pop('message', None)
d[55] = 3118
d[-3000000000.0] = 3119
d['xr2'] = 3120
print(d.popitem() if d else None)
d.update([(('\xe9', 'status'), 3121), (14.0, 3122)])
if 'body' in d: del d['body']
d[((65536, -2), 'X_t')] = 3123
d.update([(None, 3124), (99, 3125)])
if 32 in d: del d[32]
d = d.copy()
d['lib/ota.py'] = 3126
print(list(d.items()))
d['ab'] = 3127
d[0] = 3128
d.clear()
if -3000000000.0 in d: del d[-3000000000.0]
d[16] = 3129
d[35.75] = 3130
d[-16] = 3131
d['content'] = 3132
d |= {1: 3133, 7.75: 3134}
d[('4hryt_6', 'c')] = 3135
d['ZYXeu77'] = 3136
d[14.0] = 3137
d['tab\there'] = 3138
d[-3000000000.0] = 3139
d[38.0] = 3140
d.pop(-1180591620717411303429, None)
d['062w95xA'] = 3141
d = d | {11: 3142, 'lr': 3143, 'file': 3144, 'B6': 3145}
d[(99, 5, 62)] = 3146
d[58.25] = 3147
print(list(d.items()))
d[63] = 3148
print(d.popitem() if d else None)
d['tYZay7'] = 3149
d[63.25] = 3150
d[55.25] = 3151
print(list(d.items()))
d.pop(2657, None)
d[2147483648] = 3152
if 21 in d: del d[21]
d.pop('CcABYBB', None)
d[None] = 3153
d['id'] = 3154
if 'tYZay7' in d: del d['tYZay7']
d['X'] = 3155
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_16')
d = {40.0: 3156, 73: 3157, 29: 3158, ' ': 3159, 12: 3160, 'file': 3161, '4XCt3YAy4': 3162, 51.5: 3163, 1417: 3164}
print(list(d.items()))
d[2246] = 3165
print([k in d for k in ['4XCt3YAy4', 12, None, True]])
print([k in d for k in ['4XCt3YAy4', ' ', 51.5, 'file']])
d['browser_download_url'] = 3166
print(list(d.items()))
if (1099511627776,) in d: del d[(1099511627776,)]
print([k in d for k in [1426, (79, 28, 324)]])
print([k in d for k in ['m', '4XCt3YAy4', '4XCt3YAy4', 1417, ' ', 1417]])
print([k in d for k in ['file', 'browser_download_url', 51.5]])
d.update({(12, 'password'): 3167, 'lcv1Asl5_': 3168})
d[32.75] = 3169
d.update([((99,), 3170), (4.75, 3171), ('latest', 3172)])
d.clear()
d[None] = 3173
d = d.copy()
d.update([((2135, 2, 684), 3174), (-10.25, 3175)])
d[True] = 3176
d[4.75] = 3177
if 'lcv1Asl5_' in d: del d['lcv1Asl5_']
if 24 in d: del d[24]
d[(-18,)] = 3178
d = d.copy()
d = d.copy()
d['type'] = 3179
print(d.popitem() if d else None)
d[19.75] = 3180
d[-427] = 3181
d[61] = 3182
print(d.popitem() if d else None)
if 'ZZkXirjBjdtA' in d: del d['ZZkXirjBjdtA']
d[(99,)] = 3183
d[('published_at', 'main')] = 3184
d.pop('draft', None)
d[(75,)] = 3185
print([k in d for k in [19.75, 1417, 29, 'type', 'file', 1927]])
print(list(d.items()))
print(list(d.items()))
if (75,) in d: del d[(75,)]
d[(-1, 'draft')] = 3186
d['caf\xe9'] = 3187
d[True] = 3188
if True in d: del d[True]
if -10.25 in d: del d[-10.25]
if 73 in d: del d[73]
print([k in d for k in [4.75]])
print([k in d for k in [None, 73]])
d['password'] = 3189
d = d.copy()
print(list(d.items()))
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[-3000000000.0] = 3190
print(d.popitem() if d else None)
d[4294967303] = 3191
d[39] = 3192
d[((-1, 62), 'XBntkx')] = 3193
if 'state' in d: del d['state']
d.setdefault('documentation_url', 3194)
if 81 in d: del d[81]
print(list(d.items()))
print('# dict_mixed_17')
d = dict()
print(list(d.items()))
d['label'] = 3195
if 'label' in d: del d['label']
d[14] = 3196
d['label'] = 3197
d.setdefault('label', 3198)
print(list(d.items()))
print(d.popitem() if d else None)
print([k in d for k in [56, 'label', 'label']])
d['label'] = 3199
d = d | {}
d[14] = 3200
d[14] = 3201
d[14] = 3202
d[1099511627776] = 3203
print(d.popitem() if d else None)
d['truncated'] = 3204
d['\xdf'] = 3205
print([k in d for k in [14, 'label', 819, 'qn', 'truncated']])
d[3082] = 3206
d[638] = 3207
print(d.popitem() if d else None)
if 3.25 in d: del d[3.25]
print(list(d.items()))
if 14 in d: del d[14]
d[40.0] = 3208
d['label'] = 3209
print(list(d.items()))
d[19] = 3210
d.setdefault('truncated', 3211)
d[27.75] = 3212
d[14] = 3213
d[1099511627776] = 3214
d.update([('nA', 3215), (b'ab', 3216), (-18.75, 3217), (-10, 3218)])
d[1925] = 3219
if 1099511627776 in d: del d[1099511627776]
d['\u20acuro'] = 3220
d.setdefault('nA', 3221)
d[72.75] = 3222
d.setdefault(14, 3223)
d[77] = 3224
d['Ze_y7'] = 3225
print(list(d.items()))
print([k in d for k in [19, 'download_url', 6, 14, 14]])
print(d.popitem() if d else None)
print(list(d.items()))
print('# dict_mixed_18')
d = dict(zip([3601, 'v1.2.3', '0ZgY', 83, 'state', 55.0], [3226, 3227, 3228, 3229, 3230, 3231]))
print(list(d.items()))
d.clear()
d.update({-3: 3232, 2.25: 3233, 'sha': 3234, 90: 3235, -4: 3236, 40.75: 3237})
if 3601 in d: del d[3601]
if 90 in d: del d[90]
d.update({'retries': 3238, 70: 3239, 'kjhgmzppnjqw': 3240, '4x9y7uxqn': 3241})
d['ab'] = 3242
d[2393] = 3243
print([k in d for k in [2416, 'v1.2.3']])
d['retries'] = 3244
d[55.0] = 3245
d[40.75] = 3246
d[2393] = 3247
print(list(d.items()))
print(d.popitem() if d else None)
d[3432] = 3248
if 2393 in d: del d[2393]
if 55.0 in d: del d[55.0]
d.pop('state', None)
d.pop(55.0, None)
d['x'] = 3249
if 83 in d: del d[83]
d.pop('url', None)
d.update([(95, 3250), (b'version', 3251), ('y', 3252), (98, 3253)])
if 83 in d: del d[83]
print(list(d.items()))
if 83 in d: del d[83]
d[1.0] = 3254
d[False] = 3255
if 'body' in d: del d['body']
d['c'] = 3256
d.pop(2393, None)
d[1] = 3257
if 55.0 in d: del d[55.0]
print([k in d for k in ['c']])
if 'kjhgmzppnjqw' in d: del d['kjhgmzppnjqw']
print(d.popitem() if d else None)
d[36] = 3258
d.setdefault(((40, -1073741824), 'mp'), 3259)
d['XbYcj'] = 3260
d['state'] = 3261
print(list(d.items()))
d[((42, 3287), 'sha256')] = 3262
print([k in d for k in [98, 1.0, 'state', 55.0]])
d.clear()
print(list(d.items()))
d.update({'szmi1xBxzwwl': 3263, 96: 3264})
d['XbYcj'] = 3265
print(list(d.items()))
print('# dict_mixed_19')
d = dict(zip(['sha256', 36, -1073741824, 'qgzvvh', ('say "hi"', 'ref'), 'qve1pc1n', 3974, 0.0, 'truncated', 63.0, 'w'], [3266, 3267, 3268, 3269, 3270, 3271, 3272, 3273, 3274, 3275, 3276]))
print(list(d.items()))
d[1.0] = 3277
if 'sha256' in d: del d['sha256']
d[36] = 3278
d.update([('twfnt44', 3279), ('status', 3280)])
d['sha256'] = 3281
print(list(d.items()))
d[(-801, -1180591620717411303429, 52)] = 3282
d[()] = 3283
if 'sha256' in d: del d['sha256']
print(list(d.items()))
d.pop('sha256', None)
d['9Xndzsfnlk'] = 3284
d[0.0] = 3285
if 0.0 in d: del d[0.0]
d[None] = 3286
d[(2796,)] = 3287
if 63.0 in d: del d[63.0]
if '9Xndzsfnlk' in d: del d['9Xndzsfnlk']
d[1175] = 3288
d.setdefault((1, 53, 74), 3289)
d[()] = 3290
d[2649] = 3291
if 'sha256' in d: del d['sha256']
d[(2174, '_YtwAtBaBr6')] = 3292
if () in d: del d[()]
d[51] = 3293
d.pop(None, None)
if 3974 in d: del d[3974]
print([k in d for k in [63.0, 1.0]])
d.update({'lib/ota.py': 3294, 49: 3295})
d['ab'] = 3296
print(list(d.items()))
d[74] = 3297
d[b''] = 3298
d['published_at'] = 3299
d[1.0] = 3300
d[False] = 3301
print(list(d.items()))
d[1.0] = 3302
d['latest'] = 3303
print(list(d.items()))
if None in d: del d[None]
d['y9u2Aj0dYn_w'] = 3304
print(list(d.items()))
print('# dict_mixed_20')
d = dict.fromkeys(iter(['back\\slash', -9, False, -18, 'mode', 'path', 'h2ju', 70, 'v6m']), 0)
print(list(d.items()))
print([k in d for k in ['path', 90, 'back\\slash', 'h2ju', 70, b'ab']])
d.pop('v6m', None)
d['h2ju'] = 3314
d['host'] = 3315
d['documentation_url'] = 3316
if 'h2ju' in d: del d['h2ju']
if 'path' in d: del d['path']
print(list(d.items()))
d.pop('h2ju', None)
d['vi'] = 3317
print(list(d.items()))
print([k in d for k in [-14, -9, 'mode', 'download_url', 'path']])
d = d | {b'ab': 3318, 45.25: 3319, (14,): 3320}
d[26] = 3321
d[51.25] = 3322
if 'vi' in d: del d['vi']
print(d.popitem() if d else None)
d['0Xn'] = 3323
d[2340] = 3324
if 51.25 in d: del d[51.25]
d[False] = 3325
print(d.popitem() if d else None)
d['zX_'] = 3326
print(d.popitem() if d else None)
d['nlkChxkjZssB'] = 3327
d['vi'] = 3328
if 'path' in d: del d['path']
d[-8.25] = 3329
d[91] = 3330
print(list(d.items()))
d[389] = 3331
d.update([(65, 3332), ('4i0_wk', 3333), ('jd', 3334), (4294967295, 3335), (15, 3336)])
print(d.popitem() if d else None)
d['_uomkkAZb'] = 3337
print(list(d.items()))
print('# dict_mixed_21')
d = {True: 3338, ((98, 23), 'truncated'): 3339, 'html_url': 3340, 1: 3341, 'status': 3342, 'timeout': 3343, 'mw': 3344, 3662: 3345, 99: 3346, ((-15, 8), 'blob'): 3347}
print(list(d.items()))
if -9.5 in d: del d[-9.5]
d.update([('Ynduf', 3348), ('AB0e', 3349), (19.5, 3350)])
d.setdefault(((98, 23), 'truncated'), 3351)
d['b'] = 3352
d[((-216, 391), 'id')] = 3353
if 3662 in d: del d[3662]
d[((98, 23), 'truncated')] = 3354
d['mw'] = 3355
print(list(d.items()))
if 'html_url' in d: del d['html_url']
d[1185] = 3356
d.pop(((-15, 8), 'blob'), None)
d[61.0] = 3357
d[2] = 3358
print([k in d for k in ['VERSION', 'b', 'boot.py']])
d['lib'] = 3359
if 45 in d: del d[45]
d.clear()
d.update([(2229, 3360), ('state', 3361), ('node_id', 3362)])
if 'html_url' in d: del d['html_url']
if 'state' in d: del d['state']
print([k in d for k in [61]])
d['y'] = 3363
d[(52, -788, -8)] = 3364
print(d.popitem() if d else None)
if 1 in d: del d[1]
if True in d: del d[True]
d.clear()
d[-14.75] = 3365
d[1073741824.5] = 3366
d[(33, 'truncated')] = 3367
print(list(d.items()))
d[-2] = 3368
print(d.popitem() if d else None)
print(list(d.items()))
d['ota'] = 3369
d['b'] = 3370
d['ota'] = 3371
d['u5vb93ih0'] = 3372
d.update({90: 3373, 4.25: 3374, '9': 3375, 36.25: 3376, (28, 'dir'): 3377})
if 99 in d: del d[99]
print(list(d.items()))
if ((98, 23), 'truncated') in d: del d[((98, 23), 'truncated')]
if -14 in d: del d[-14]
d['password'] = 3378
print(d.popitem() if d else None)
d.update([('il36BuYYBin4', 3379)])
d['caf\xe9'] = 3380
if 'y' in d: del d['y']
d.setdefault('\xe9', 3381)
if ((-216, 391), 'id') in d: del d[((-216, 391), 'id')]
d.pop(-2, None)
d.pop(2, None)
d = d.copy()
d[84] = 3382
d[('url', 'retries')] = 3383
d = d | {}
d[26] = 3384
d['type'] = 3385
print(list(d.items()))
print(d.popitem() if d else None)
d['timeout'] = 3386
d[65536] = 3387
d[42.5] = 3388
d[(52, -788, -8)] = 3389
d[(33, 'truncated')] = 3390
print([k in d for k in [(3708, 517, 66)]])
d.update({54: 3391, ('fzsY5jBZZkf', 'version'): 3392, (1647,): 3393, ((59, 54), '3r61d5A'): 3394})
d['9ipaxh3mhozs'] = 3395
if 1 in d: del d[1]
d['tag_name'] = 3396
print([k in d for k in ['mw', ((95, -12), 'y'), (28, 'dir'), (52, -788, -8)]])
d.setdefault(((63, 69), 'sha'), 3397)
d['ab'] = 3398
d[(-14, 1533, 925)] = 3399
d = d.copy()
d.pop((52, -788, -8), None)
d[-5] = 3400
d.pop((33, 'truncated'), None)
d[((75, 64), 'url')] = 3401
d[False] = 3402
d[-16] = 3403
print(list(d.items()))
d['tag_name'] = 3404
d |= {76: 3405}
print(list(d.items()))
print(list(d.items()))
print('# dict_mixed_22')
d = dict([(24, 3406), (1, 3407), (2, 3408)])
print(list(d.items()))
if 24 in d: del d[24]
d[2] = 3409
if 60 in d: del d[60]
d[((28, 31), '7jfo')] = 3410
d[24] = 3411
if 1.0 in d: del d[1.0]
print([k in d for k in [2, 2, 'e', 1, 24]])
d |= {44.25: 3412, b'': 3413}
d[()] = 3414
d.update([(3000000000.0, 3415), ((), 3416), (-6.75, 3417), ('retries', 3418), ('latest', 3419)])
d.update({(3, -11, 59): 3420})
d[('label', 'state')] = 3421
d[15] = 3422
d[((4294967303, 745), 'c4lCYhn6')] = 3423
d.update([(69, 3424), ('h3Z', 3425), (-17, 3426), ('thtd', 3427), (20.0, 3428)])
d.update([('tree', 3429), (-5.0, 3430), (-851, 3431), (20, 3432)])
d[8] = 3433
d.pop('ok', None)
d['eC'] = 3434
d = d | {89: 3435}
d[82] = 3436
d['i_ea5bqwt'] = 3437
d.update({(60,): 3438, False: 3439, 6: 3440, 'fmkZlev68': 3441, 18: 3442})
d.update([('browser_download_url', 3443), (1, 3444), ('created_at', 3445), ('ovccjn', 3446)])
d['draft'] = 3447
print(list(d.items()))
d['\xe9'] = 3448
d[36] = 3449
print(list(d.items()))
d = d.copy()
if 'ovccjn' in d: del d['ovccjn']
d[69] = 3450
print([k in d for k in [69]])
print(list(d.items()))
print(list(d.items()))
d.update([(22, 3451), ('g5p_kAj', 3452), ('Z65kw3_cCq3l', 3453), ('2C5C3ml3Br', 3454)])
d[-1] = 3455
d.update({'t0m5YihZs': 3456, 'ab': 3457, False: 3458})
d[83] = 3459
d.clear()
print([k in d for k in [3, -851, (18, 'dy'), 'Z65kw3_cCq3l', 63, b'version']])
print(list(d.items()))
if 'x9Y4wZvbj' in d: del d['x9Y4wZvbj']
d[3000000000.0] = 3460
d[66] = 3461
d[(23, '\xe9')] = 3462
d['ota'] = 3463
d[None] = 3464
d[('lgZ8a_6x', '5ugxkwBhtw')] = 3465
print(list(d.items()))
d.setdefault(False, 3466)
d[71] = 3467
d['\xe9'] = 3468
d['documentation_url'] = 3469
print(list(d.items()))
d['g5p_kAj'] = 3470
print([k in d for k in [True]])
print(list(d.items()))
d[23] = 3471
d['browser_download_url'] = 3472
print(list(d.items()))
print('# dict_mixed_23')
d = dict.fromkeys(iter(['ota', 10.0, -696, 1.0, b'', 'created_at', 99]), 0)
print(list(d.items()))
print([k in d for k in ['created_at', b'ab', 10.0, b'']])
if b'' in d: del d[b'']
d.pop(99, None)
d[1539] = 3480
d.pop('ota', None)
d[0] = 3481
d[79] = 3482
d[(71,)] = 3483
print(list(d.items()))
d[67] = 3484
d[10.0] = 3485
if 'ota' in d: del d['ota']
if 'ota' in d: del d['ota']
print(list(d.items()))
d.update({88: 3486, 99: 3487, 'status': 3488, -65536: 3489})
print([k in d for k in [72, 67, -65536, 99]])
if 79 in d: del d[79]
d.update({81: 3490, 'html_url': 3491, (): 3492, ('t53i7_Yu', 'lib/ota.py'): 3493, 'timeout': 3494, 'file': 3495})
print(d.popitem() if d else None)
d[81] = 3496
d |= {'status': 3497, 'Cm3zqzxi5p': 3498, '\u20acuro': 3499, -3000000000.0: 3500}
d['AfjcYj_rr'] = 3501
d['host'] = 3502
d.update([((20, 71, 75), 3503), ('s_4', 3504), (61, 3505), ((52, 24, 13), 3506)])
print(list(d.items()))
if 99 in d: del d[99]
d['encoding'] = 3507
d.clear()
d.update([('Version', 3508), (72, 3509), (58.75, 3510)])
d.update([(35.25, 3511), ((81,), 3512), (' ', 3513)])
d.clear()
if -18 in d: del d[-18]
if 'created_at' in d: del d['created_at']
if 4 in d: del d[4]
d.update([('Z43ghdAwAa', 3514), (b'', 3515), (5.75, 3516)])
d[53.0] = 3517
if 'retries' in d: del d['retries']
d[None] = 3518
d[81] = 3519
d.setdefault((71,), 3520)
d[2147483648] = 3521
d.update({996: 3522, 'path': 3523, (14, 22, 15): 3524})
d[52] = 3525
d['lib/ota.py'] = 3526
d[('message', 'ys6Y_8tr')] = 3527
if -65536 in d: del d[-65536]
d[38] = 3528
d[b'ab'] = 3529
d["it's"] = 3530
d[99] = 3531
d[22] = 3532
d['_141n'] = 3533
d[b''] = 3534
print(list(d.items()))
d['file'] = 3535
if 'host' in d: del d['host']
d.setdefault('created_at', 3536)
print([k in d for k in [b'ab', 1.0, (71,), 79]])
print([k in d for k in [-7, 'ota', 99, 88, "it's"]])
if 'Z43ghdAwAa' in d: del d['Z43ghdAwAa']
if 10.0 in d: del d[10.0]
d[(52,)] = 3537
if 996 in d: del d[996]
if 'mC0e' in d: del d['mC0e']
d[1627] = 3538
d = d.copy()
print([k in d for k in ['ab', (-703,), b'', -2]])
d.update([('ab', 3539), ('state', 3540), (73, 3541), (1, 3542)])
d[(50, 13, 2455)] = 3543
d[1539] = 3544
d[8] = 3545
d[52] = 3546
if 'dir' in d: del d['dir']
d['s'] = 3547
print([k in d for k in [1.0, 'size', 1.0, 'ota', None]])
d[91] = 3548
d[-7] = 3549
d[(1099511627776, 6, 4294967295)] = 3550
d[81] = 3551
d[69.5] = 3552
print(list(d.items()))
d[72.75] = 3553
print([k in d for k in [84, 996, 99]])
d.pop('Version', None)
d[(81,)] = 3554
print([k in d for k in [52, 'pnXwYaX', 1.0]])
d = d | {1853: 3555, ('timeout', 'x'): 3556}
print(list(d.items()))
print('# dict_mixed_24')
d = dict(zip([False, 1886, 39.0], [3557, 3558, 3559]))
print(list(d.items()))
d.setdefault('timeout', 3560)
d[b''] = 3561
d = d | {(37, 69, -2): 3562, 'commit': 3563}
d[('ez8kgez', 'timeout')] = 3564
d[False] = 3565
if b'' in d: del d[b'']
d.pop(False, None)
d['sha1'] = 3566
d[39.0] = 3567
d[((252, 63), 'ota')] = 3568
if False in d: del d[False]
print([k in d for k in [(-15, 35, -13)]])
if False in d: del d[False]
print([k in d for k in [29, 'tag_name', None, False, 'c', b'']])
print(list(d.items()))
d[90] = 3569
if 'host' in d: del d['host']
d['b1xgridztC7'] = 3570
d[1.0] = 3571
if 1.0 in d: del d[1.0]
print(list(d.items()))
print(list(d.items()))
d.update([('Bd5d64956g7', 3572), (37, 3573), ('jZo', 3574), ('v', 3575), ('pqZbtq', 3576)])
d = d.copy()
if 90 in d: del d[90]
d |= {'ab': 3577, 'tab\there': 3578, 'name': 3579, 'tree': 3580}
print(list(d.items()))
d[0.75] = 3581
d.update([(83, 3582), ('y', 3583)])
print(d.popitem() if d else None)
d['ota'] = 3584
if 37 in d: del d[37]
d[1886] = 3585
if 83 in d: del d[83]
d['jZo'] = 3586
d[49] = 3587
d[False] = 3588
d[9.0] = 3589
d.update({'documentation_url': 3590, 'path': 3591, 'commit': 3592, -12: 3593, None: 3594, 46: 3595})
print(d.popitem() if d else None)
if 'message' in d: del d['message']
d.pop('vpm', None)
d['path'] = 3596
print(d.popitem() if d else None)
print(list(d.items()))
d[17] = 3597
d['j4usj'] = 3598
d['version'] = 3599
print([k in d for k in ['y', 1886, 46, 39.0]])
print([k in d for k in [-12, 'Bd5d64956g7']])
d[27.0] = 3600
d.update({64: 3601})
d.update([(56, 3602), (99, 3603), ('v1.2.3', 3604)])
d.update({-15.75: 3605, 'rwr6qwwpy1': 3606})
print(d.popitem() if d else None)
d['main.py'] = 3607
if 90 in d: del d[90]
if 37 in d: del d[37]
print(d.popitem() if d else None)
d['lhzd'] = 3608
d[-8] = 3609
d[1] = 3610
if None in d: del d[None]
d[(91, 31, 831)] = 3611
d.pop('ietshA83fX', None)
print(list(d.items()))
print([k in d for k in ['main.py', 'zB5ne', ((77, 57), '_xsa4A3t2quh'), 28, 'j4usj']])
d[9] = 3612
print(d.popitem() if d else None)
if 'path' in d: del d['path']
d['path'] = 3613
d[True] = 3614
d.setdefault(48.5, 3615)
d['g8pY4'] = 3616
d['b1xgridztC7'] = 3617
d.clear()
if 'documentation_url' in d: del d['documentation_url']
print(list(d.items()))
print('# dict_tuple_0')
d = dict([((3, 'label'), 3618), (((61, 1644), 'nkC03fv'), 3619), ((89, 'ota'), 3620), ((39,), 3621), ((67, 54, -1099511627773), 3622)])
print(list(d.items()))
if (67, 54, -1099511627773) in d: del d[(67, 54, -1099511627773)]
d[(95,)] = 3623
d[(3, 'label')] = 3624
d.clear()
d.pop((89, 'ota'), None)
d[(83, 57, 2908)] = 3625
d[()] = 3626
d[((3722, -18), 'Bj')] = 3627
d.pop((19,), None)
d[(95, 'scA1b')] = 3628
d[(28, 81, 10)] = 3629
if (28, 81, 10) in d: del d[(28, 81, 10)]
if (95,) in d: del d[(95,)]
d[((2942, 14), 'c')] = 3630
print([k in d for k in [(95,), (3, 'label'), (95,)]])
print(list(d.items()))
d[(91, -65536, 1503)] = 3631
if ((67, 42), 'file') in d: del d[((67, 42), 'file')]
print([k in d for k in [((3722, -18), 'Bj')]])
d[(3045,)] = 3632
d[(83, 57, 2908)] = 3633
d[((79, 2677), 'main')] = 3634
d[()] = 3635
d[(95,)] = 3636
d[('lAyx3hs', 'ref')] = 3637
d[((84, -13), 'id')] = 3638
d[(95,)] = 3639
d[((1339, 45), 'node_id')] = 3640
d[((3722, -18), 'Bj')] = 3641
d[(53,)] = 3642
d[((84, -13), 'id')] = 3643
if (95, 'scA1b') in d: del d[(95, 'scA1b')]
if ((57, 84), 'ota') in d: del d[((57, 84), 'ota')]
if (39,) in d: del d[(39,)]
d[(83, 57, 2908)] = 3644
d[(-3,)] = 3645
d[('dir', 'xXub4ospig')] = 3646
d.update([(('Z', 'v1.2.3'), 3647), ((86, '61ys9'), 3648), (((-556, 23), '6rpjzybA'), 3649), ((6, '\xe9'), 3650)])
print([k in d for k in [((84, -13), 'id')]])
d.setdefault((89, 'ota'), 3651)
print([k in d for k in [(3, 'label'), ('dir', 'xXub4ospig'), ((1339, 45), 'node_id')]])
d[(2787,)] = 3652
d[(58,)] = 3653
print([k in d for k in [(19, 95, 42), (), ((3722, -18), 'Bj'), (6, '\xe9')]])
print(list(d.items()))
print(list(d.items()))
if (83, 57, 2908) in d: del d[(83, 57, 2908)]
d[(61, -8, 1587)] = 3654
d[((61, 1644), 'nkC03fv')] = 3655
d[('qxhls416dmA', 'c')] = 3656
d[(61, -8, 1587)] = 3657
d |= {((35, 74), 'f3o_wset'): 3658, (1, 945, 81): 3659, ((44, 9), 'sh52aAyAp4f'): 3660}
print(list(d.items()))
print('# dict_float_0')
d = {-7.25: 3661, 8.75: 3662, 70.5: 3663, 12.5: 3664, -0.25: 3665, 37.5: 3666, -1.75: 3667, 56.5: 3668, 15.75: 3669, 58.0: 3670, -4.75: 3671, -14.5: 3672}
print(list(d.items()))
print([k in d for k in [-4.75, 33.25, 11.5, -14.5]])
d[48.25] = 3673
d.setdefault(-1.75, 3674)
print([k in d for k in [-14.5, 70.5, 61.5]])
d[15.75] = 3675
d[22.25] = 3676
d[75.0] = 3677
if 22.5 in d: del d[22.5]
d[-17.5] = 3678
d[70.5] = 3679
print([k in d for k in [-7.25, -1.75, -19.5, 75.0, -2.25, 70.5]])
d[66.25] = 3680
print(d.popitem() if d else None)
print([k in d for k in [70.5, -17.5, -0.25, 14.75, 12.5]])
print(list(d.items()))
d[15.25] = 3681
if 11.75 in d: del d[11.75]
if -6.0 in d: del d[-6.0]
if 8.75 in d: del d[8.75]
if -7.25 in d: del d[-7.25]
d[32.0] = 3682
print(d.popitem() if d else None)
print(d.popitem() if d else None)
d[66.5] = 3683
if -17.5 in d: del d[-17.5]
print(list(d.items()))
print([k in d for k in [15.25]])
d[48.75] = 3684
d[72.25] = 3685
print(list(d.items()))
print('# dict_tuple_1')
d = dict(zip([('status', 'error'), (65536, 1, 2), (32, 'error')], [3686, 3687, 3688]))
print(list(d.items()))
d[('YB3mc', 'commit')] = 3689
d.update([(((-1180591620717411303429, 1), 'ld5q'), 3690)])
d = d.copy()
print(list(d.items()))
print(d.popitem() if d else None)
d.setdefault(('YB3mc', 'commit'), 3691)
d[('status', 'error')] = 3692
d |= {(): 3693, ((-12, 31), '0Y_zz88'): 3694}
d[(97, 'retries')] = 3695
if (97, 'retries') in d: del d[(97, 'retries')]
d[((-17, 42), 'uuc_rp')] = 3696
d[(8, 99, 31)] = 3697
d[((-1180591620717411303429, 1), 'ld5q')] = 3698
d[()] = 3699
d[((-17, 42), 'uuc_rp')] = 3700
d = d | {(2, 'message'): 3701}
print([k in d for k in [(65536, 1, 2), ((-17, 42), 'uuc_rp'), ()]])
d[('status', 'error')] = 3702
d = d.copy()
d[(81, 'gguZl')] = 3703
if ('status', 'error') in d: del d[('status', 'error')]
d[(18,)] = 3704
print([k in d for k in [('ni7cZ', 'download_url'), ((-1180591620717411303429, 1), 'ld5q'), (-1,), ((-1180591620717411303429, 1), 'ld5q'), (92, 'back\\slash'), ('YB3mc', 'commit')]])
d[(65536, 1, 2)] = 3705
print([k in d for k in [('YB3mc', 'commit'), (32, 'error'), ('status', 'error')]])
if (18,) in d: del d[(18,)]
d[(18,)] = 3706
d[(-2, 'prerelease')] = 3707
d[((-1180591620717411303429, 1), 'ld5q')] = 3708
print([k in d for k in [(18,), (65536, 1, 2), ()]])
d[()] = 3709
print(list(d.items()))
d.pop((), None)
d[(-2, 'draft')] = 3710
d[((89, 66), 'CmY')] = 3711
d.pop(((35, 41), 'status'), None)
d[(-20, 8, 1099511627776)] = 3712
d[(1010, 82, 26)] = 3713
d[(0,)] = 3714
d[((78, 74), 'prerelease')] = 3715
d = d | {}
if ('status', 'error') in d: del d[('status', 'error')]
print(list(d.items()))
print('# dict_float_1')
d = dict([(59.75, 3716), (60.0, 3717), (-2.75, 3718), (38.0, 3719), (15.25, 3720)])
print(list(d.items()))
if 59.75 in d: del d[59.75]
d.pop(77.5, None)
print(list(d.items()))
d = d | {11.25: 3721, 46.5: 3722, 49.0: 3723}
d[59.75] = 3724
d[-19.5] = 3725
d[66.0] = 3726
d[-20.0] = 3727
print([k in d for k in [59.75, 4.5, -2.75, 66.0]])
d.update({1073741824.5: 3728, 21.0: 3729, 52.0: 3730, 13.0: 3731})
if 59.75 in d: del d[59.75]
d[26.0] = 3732
d = d | {74.25: 3733, 72.25: 3734, -9.25: 3735}
d[1073741824.5] = 3736
if 21.0 in d: del d[21.0]
d.pop(-16.25, None)
d[-10.25] = 3737
d[8.25] = 3738
d[75.75] = 3739
print(d.popitem() if d else None)
print(list(d.items()))
if 52.0 in d: del d[52.0]
print([k in d for k in [75.75]])
d[37.0] = 3740
d[13.0] = 3741
d[-10.25] = 3742
print([k in d for k in [72.25, 19.5, -10.25, -11.75, 13.0, 1.25]])
d[3000000000.0] = 3743
d |= {3000000000.0: 3744, 3.0: 3745}
d[13.0] = 3746
d[32.0] = 3747
if 15.5 in d: del d[15.5]
d[70.0] = 3748
d[-11.0] = 3749
d[37.0] = 3750
d[-4.0] = 3751
print([k in d for k in [52.0, 59.75]])
print([k in d for k in [35.0]])
d.setdefault(70.0, 3752)
d = d.copy()
d = d.copy()
d[32.25] = 3753
d[65.75] = 3754
d[-3000000000.0] = 3755
print([k in d for k in [1.5]])
d[54.5] = 3756
print(d.popitem() if d else None)
d[25.25] = 3757
print(d.popitem() if d else None)
d[28.25] = 3758
d[48.0] = 3759
print(list(d.items()))
print('# dict_tuple_2')
d = {k: v for k, v in zip([((-949, 2540), 'sha256')], [3760])}
print(list(d.items()))
d[((-949, 2540), 'sha256')] = 3761
d.setdefault((2147483647, 'h9mz07h'), 3762)
d[(2147483647, 'h9mz07h')] = 3763
print([k in d for k in [(2147483647, 'h9mz07h'), (2147483647, 'h9mz07h')]])
print(list(d.items()))
d[()] = 3764
d[(2147483647, 96, 687)] = 3765
d[(37, 'idjw5')] = 3766
d = d.copy()
d[(1073741823,)] = 3767
d[('s_u_2x', 'b2znpfcl')] = 3768
if (60, 'ZBbunjv7') in d: del d[(60, 'ZBbunjv7')]
d |= {(): 3769, ('lZb0t2_Cjj', 'y92oAa8'): 3770, (3,): 3771}
d[(11, 17, 56)] = 3772
d[(2891, 12, 90)] = 3773
if () in d: del d[()]
print(d.popitem() if d else None)
d[('\u20acuro', 'sm5jtwudsnc')] = 3774
d[((45, 21), '_mxoea1a88j')] = 3775
d[('1p3t7YXx4C0', "it's")] = 3776
d |= {}
print(list(d.items()))
print(list(d.items()))
d[('created_at', 'y1pa')] = 3777
print(list(d.items()))
d = d | {(428, 'ja8'): 3778, ((-12, 87), 'xadpvayy2cCt'): 3779, ('tree', 'truncated'): 3780, (2283, 93, 44): 3781}
d = d.copy()
d[((65536, 65), 'encoding')] = 3782
d[(-16, 41, 89)] = 3783
d.pop((), None)
d[('ref', 'xC')] = 3784
d.setdefault(((-949, 2540), 'sha256'), 3785)
d = d.copy()
d[()] = 3786
print(d.popitem() if d else None)
d.setdefault(('1p3t7YXx4C0', "it's"), 3787)
d[('fBbcbpf', 'commit')] = 3788
print(list(d.items()))
d.pop((), None)
d.pop((23,), None)
d[(1073741823,)] = 3789
d[('\u20acuro', 'sm5jtwudsnc')] = 3790
d[((-949, 2540), 'sha256')] = 3791
d = d.copy()
print(list(d.items()))
print('# dict_float_2')
d = {43.0: 3792, 76.75: 3793}
print(list(d.items()))
d[43.0] = 3794
print(list(d.items()))
d[-6.75] = 3795
d[76.75] = 3796
d[8.5] = 3797
d.pop(7.25, None)
d[32.5] = 3798
d[76.75] = 3799
if 11.25 in d: del d[11.25]
print(list(d.items()))
print([k in d for k in [32.5, 8.5, 76.75, 76.75, 76.75]])
d[43.0] = 3800
d[28.25] = 3801
d[76.75] = 3802
d[76.75] = 3803
d.pop(60.0, None)
print(d.popitem() if d else None)
if 76.75 in d: del d[76.75]
d[45.75] = 3804
d.update([(-2.25, 3805)])
d.setdefault(45.75, 3806)
d.pop(76.75, None)
d.setdefault(-0.75, 3807)
d = d.copy()
d.update([(-17.5, 3808)])
if 43.0 in d: del d[43.0]
d = d.copy()
d[0.0] = 3809
d[-7.5] = 3810
d[63.75] = 3811
if 48.0 in d: del d[48.0]
d.clear()
d.clear()
d[-12.25] = 3812
print(list(d.items()))
d[19.75] = 3813
d.clear()
print(list(d.items()))
if -8.0 in d: del d[-8.0]
d[48.0] = 3814
print(list(d.items()))
print('# dict_tuple_3')
d = {k: v for k, v in zip([((-14, 47), 'encoding'), (), ((31, 13), 'html_url'), (-162, 'content'), ('html_url', 'dir'), ('ref', '3xzju'), ((95, 65536), 'message'), ('k87', 'tb79'), ((47, 63), 'nuag2')], [3815, 3816, 3817, 3818, 3819, 3820, 3821, 3822, 3823])}
print(list(d.items()))
d[()] = 3824
d |= {(): 3825, (21, -13, 71): 3826}
d = d | {((25, -65536), '1imlj1o'): 3827, ('_z', 'w_7yB1vtYm'): 3828, (89, 'assets'): 3829, (): 3830}
d[()] = 3831
d[(70,)] = 3832
d[(92,)] = 3833
d[()] = 3834
d[('k87', 'tb79')] = 3835
if () in d: del d[()]
if () in d: del d[()]
d.setdefault(('k87', 'tb79'), 3836)
d.pop(((47, 63), 'nuag2'), None)
print(list(d.items()))
d[()] = 3837
print(list(d.items()))
d.pop((), None)
print([k in d for k in [((95, 65536), 'message'), (), ('html_url', 'dir'), (), ((95, 65536), 'message')]])
print(d.popitem() if d else None)
d[(533, 'y')] = 3838
d[()] = 3839
d = d | {(15,): 3840, ((-15, -20), 'z_'): 3841, (28, 41, 81): 3842, (-12,): 3843}
d[((37, 22), 's0pi2')] = 3844
d.update([((25, 'ref'), 3845), (((-14, 65), 'content'), 3846), ((1321, 4294967295, 95), 3847), (((1714, 1639), '9B'), 3848)])
d.setdefault(('html_url', 'dir'), 3849)
d[('browser_download_url', 'l')] = 3850
d.update({(41, 'ZB5Xfra2nrmB'): 3851, (): 3852, (2738, 'type'): 3853, ('main', 'aZdn6iv'): 3854})
if ('ref', '3xzju') in d: del d[('ref', '3xzju')]
d.update([((64,), 3855)])
d[(79,)] = 3856
print([k in d for k in [('html_url', 'dir')]])
d[((-14, 65), 'content')] = 3857
print(list(d.items()))
d[('html_url', 'dir')] = 3858
if (3064, 'x') in d: del d[(3064, 'x')]
print(list(d.items()))
print(d.popitem() if d else None)
d[()] = 3859
print(list(d.items()))
print([k in d for k in [('xy24X', 'prerelease'), ('html_url', 'dir'), (25, 'ref'), (), (79, 90, 12), (507,)]])
d |= {}
print(list(d.items()))
d[((55, 12), 'password')] = 3860
d[(37, 2073, 3329)] = 3861
d[('html_url', 'dir')] = 3862
if (92,) in d: del d[(92,)]
d[('assets', 'state')] = 3863
d[('Z', 'sha')] = 3864
d[('b_Ae8ttuw7', 'documentation_url')] = 3865
if ((1474, 89), 'tag_name') in d: del d[((1474, 89), 'tag_name')]
print(list(d.items()))
print('# dict_float_3')
d = dict.fromkeys(iter([0.0]), 0)
print(list(d.items()))
d[-0.25] = 3867
print(list(d.items()))
d[0.0] = 3868
d.setdefault(0.0, 3869)
d[31.5] = 3870
d.update({-17.0: 3871, 77.0: 3872, -6.0: 3873, 50.75: 3874})
d[76.75] = 3875
d[-13.5] = 3876
print(list(d.items()))
d[-17.0] = 3877
d[69.75] = 3878
d[0.0] = 3879
print([k in d for k in [-0.25, 0.0, -13.5]])
if 77.0 in d: del d[77.0]
print([k in d for k in [50.25, -13.5, -19.5]])
d[-13.5] = 3880
d[26.75] = 3881
if 50.75 in d: del d[50.75]
d[6.0] = 3882
d[53.75] = 3883
if 69.75 in d: del d[69.75]
d.update({0.0: 3884, 0.0: 3885, 72.25: 3886})
d.update([(27.5, 3887), (69.25, 3888), (15.25, 3889)])
print(list(d.items()))
d.pop(31.5, None)
d.pop(0.0, None)
print(d.popitem() if d else None)
d[48.5] = 3890
d.setdefault(0.0, 3891)
d[3000000000.0] = 3892
d[22.75] = 3893
d.pop(-6.0, None)
print(list(d.items()))
print(list(d.items()))
d[-8.75] = 3894
print(list(d.items()))
print(list(d.items()))
if 16.5 in d: del d[16.5]
d[0.0] = 3895
d[68.5] = 3896
d[45.25] = 3897
d[0.5] = 3898
print(list(d.items()))
print('# dict_tuple_4')
d = {(): 3899, (77, 'download_url'): 3900, ('na\xefve', 'main.py'): 3901, (79, 0, -7): 3902, ((-393, -3), 'tree'): 3903, (28, 'label'): 3904, (10,): 3905, (): 3906, ((68, 3270), '6Zparcy'): 3907, ((99, 40), '3z'): 3908, (654, 'status'): 3909, (74,): 3910}
print(list(d.items()))
d[((99, 40), '3z')] = 3911
print(list(d.items()))
d.update({(65536,): 3912, ((82, 85), 'state'): 3913, (65536, 'Bc7y4m5'): 3914, ('mode', 'html_url'): 3915, (94, 'download_url'): 3916, (2, 51, 7): 3917})
d[(-10,)] = 3918
d = d.copy()
d[('qhBfxwz7pY', 'dir')] = 3919
print(list(d.items()))
d[('heYz7bpY7u2p', 'd115tkjcs')] = 3920
d.setdefault(((99, 40), '3z'), 3921)
d[(10,)] = 3922
d[()] = 3923
d[(65536, 0, -15)] = 3924
if (-10,) in d: del d[(-10,)]
d[(73, -1073741825, 13)] = 3925
print(list(d.items()))
d = d.copy()
if (79, 0, -7) in d: del d[(79, 0, -7)]
print([k in d for k in [(74,)]])
d[((78, 15), 'message')] = 3926
d[()] = 3927
d[(64, -12, 97)] = 3928
d[()] = 3929
if (654, 'status') in d: del d[(654, 'status')]
d[(1073741824, 'ie93nu18w')] = 3930
d[(26,)] = 3931
d[(73, -1073741825, 13)] = 3932
print([k in d for k in [(36, 49, -15), ((2, 71), 'commit'), ('na\xefve', 'main.py'), (2, 51, 7), (654, 'status'), ((68, 3270), '6Zparcy')]])
d[(96, 'ok')] = 3933
print(d.popitem() if d else None)
print(list(d.items()))
if ((99, 40), '3z') in d: del d[((99, 40), '3z')]
print([k in d for k in [(65536,), ((99, 40), '3z'), (73, -1073741825, 13)]])
if ('na\xefve', 'main.py') in d: del d[('na\xefve', 'main.py')]
d.update({(82,): 3934, (91,): 3935})
d.pop((-1,), None)
print(list(d.items()))
d[(-1180591620717411303429,)] = 3936
if ('na\xefve', 'main.py') in d: del d[('na\xefve', 'main.py')]
d[()] = 3937
print([k in d for k in [(96, 'ok'), (94, 'download_url')]])
d[(64, -12, 97)] = 3938
d[('message', '3BcBu')] = 3939
print(list(d.items()))
d = d.copy()
d[(64, 'error')] = 3940
d[(19, 'html_url')] = 3941
d[(40, 52, 137)] = 3942
d[(64, -1073741824, 33)] = 3943
print(list(d.items()))
print('# dict_float_4')
d = dict.fromkeys([0.5, 4.5], 0)
print(list(d.items()))
print([k in d for k in [4.5, -10.25, 4.5]])
print([k in d for k in [0.5]])
d.update([(-8.25, 3946), (20.5, 3947), (10.0, 3948), (-9.5, 3949), (31.25, 3950)])
d[-8.75] = 3951
d[-8.75] = 3952
print(list(d.items()))
d.setdefault(-19.0, 3953)
d[47.25] = 3954
if -19.0 in d: del d[-19.0]
d[58.5] = 3955
if 1.25 in d: del d[1.25]
print(d.popitem() if d else None)
d[47.25] = 3956
print([k in d for k in [-8.75, 47.25, -19.0]])
print([k in d for k in [10.0, -8.75, 33.0, 0.5, 47.25]])
d[54.5] = 3957
d[54.5] = 3958
d[41.5] = 3959
d.update({42.25: 3960, 3000000000.0: 3961, 72.5: 3962, -18.5: 3963})
d[-18.5] = 3964
d[10.5] = 3965
d[-3000000000.0] = 3966
d[77.5] = 3967
d[20.5] = 3968
d.update({11.75: 3969, 60.75: 3970, -1.75: 3971, 51.5: 3972, -5.25: 3973, -3000000000.0: 3974})
d[38.75] = 3975
if 57.0 in d: del d[57.0]
print(list(d.items()))
print('# dict_tuple_5')
d = {k: v for k, v in zip([((45, 87), 'k'), ((39, 6), 'c2e10yz7'), (-1073741824,), (56,), ((9, -19), 'documentation_url')], [3976, 3977, 3978, 3979, 3980])}
print(list(d.items()))
d[()] = 3981
d = d | {(): 3982, ('7neCf', 'x'): 3983}
d |= {}
d[(-13, -144, 1099511627776)] = 3984
if ((9, -19), 'documentation_url') in d: del d[((9, -19), 'documentation_url')]
d[(13, 'error')] = 3985
if ((45, 87), 'k') in d: del d[((45, 87), 'k')]
d[()] = 3986
d[(1214, 'mode')] = 3987
print(list(d.items()))
d[((65536, 79), 'qtdv')] = 3988
d[("it's", 'b')] = 3989
d.update({((16, 33), 'ok'): 3990})
d.pop(((45, 87), 'k'), None)
print([k in d for k in [(56,), ()]])
if () in d: del d[()]
print(list(d.items()))
d[(75, 10, 57)] = 3991
print(list(d.items()))
print(list(d.items()))
d[(-7,)] = 3992
d[(38, '\u20acuro')] = 3993
print(list(d.items()))
print('# dict_float_5')
d = {15.75: 3994, 2.0: 3995}
print(list(d.items()))
if 2.0 in d: del d[2.0]
d[2.0] = 3996
d[7.25] = 3997
d = d.copy()
d[2.0] = 3998
print([k in d for k in [7.25, 1073741824.5]])
print([k in d for k in [2.0, 2.0]])
d[2.0] = 3999
d[3000000000.0] = 4000
d[15.75] = 4001
print([k in d for k in [15.75]])
print(d.popitem() if d else None)
if 2.0 in d: del d[2.0]
d[3000000000.0] = 4002
if 3000000000.0 in d: del d[3000000000.0]
if 3000000000.0 in d: del d[3000000000.0]
d[-17.25] = 4003
print([k in d for k in [7.25, 0.0]])
d[0.0] = 4004
d[2.0] = 4005
d.update({25.0: 4006, 61.25: 4007, 60.0: 4008, 1073741824.5: 4009, 73.5: 4010, 72.75: 4011})
d = d.copy()
print([k in d for k in [2.0, 25.0, 15.75, 60.0, -17.25, 61.25]])
d.setdefault(-13.25, 4012)
print(list(d.items()))
d.update([(-0.5, 4013)])
d[1073741824.5] = 4014
print(d.popitem() if d else None)
d.pop(3000000000.0, None)
d[-12.25] = 4015
d[39.25] = 4016
d.update([(1.25, 4017)])
d[-6.0] = 4018
d[23.75] = 4019
print([k in d for k in [-4.25, 1073741824.5]])
print(d.popitem() if d else None)
print(list(d.items()))
d[71.25] = 4020
print(list(d.items()))
print([k in d for k in [-14.5, 61.25, 2.0, 3000000000.0]])
d[64.0] = 4021
print(list(d.items()))
if 42.5 in d: del d[42.5]
d = d.copy()
print(list(d.items()))
print('# dict_tuple_6')
d = dict()
print(list(d.items()))
if () in d: del d[()]
d[()] = 4022
if () in d: del d[()]
d[()] = 4023
d[((40, 52), 'lAsttwc3ypt')] = 4024
print([k in d for k in [(90,), ()]])
d[()] = 4025
d[()] = 4026
d[((-1, 19), 'l0bmkBx1x')] = 4027
if ((-1, 19), 'l0bmkBx1x') in d: del d[((-1, 19), 'l0bmkBx1x')]
d[((1437, 734), 'rYeC')] = 4028
d[((9, 0), 'browser_download_url')] = 4029
d[((-772, 2), 'ssid')] = 4030
print(d.popitem() if d else None)
d[(74, 'label')] = 4031
print(list(d.items()))
d[()] = 4032
d[(46,)] = 4033
d.setdefault((), 4034)
d[(17, '8')] = 4035
print(d.popitem() if d else None)
d.update({('tree', '7tyz5s6j'): 4036, (3407, 32, -1073741824): 4037, (2832, 'ghfk7AB9s'): 4038})
d.update({(' ', 'body'): 4039, (): 4040})
print(list(d.items()))
print('# dict_float_6')
d = {59.0: 4041}
print(list(d.items()))
d[59.0] = 4042
d[19.5] = 4043
if 59.0 in d: del d[59.0]
d[19.75] = 4044
if 78.75 in d: del d[78.75]
d[-19.75] = 4045
if 19.75 in d: del d[19.75]
d[74.5] = 4046
if 59.0 in d: del d[59.0]
d[-7.0] = 4047
d[25.25] = 4048
print(list(d.items()))
d.pop(25.25, None)
print(list(d.items()))
d.update({14.0: 4049, 45.0: 4050, -2.25: 4051, 61.25: 4052})
d[53.75] = 4053
d = d.copy()
d[53.25] = 4054
print(list(d.items()))
d[45.5] = 4055
d[78.5] = 4056
print(list(d.items()))
d.update([(-13.5, 4057)])
d[-3000000000.0] = 4058
d[-3.75] = 4059
print(list(d.items()))
print(list(d.items()))
print('# dict_tuple_7')
d = dict(zip([(90, 'version'), ((-14, 18), '_hrl'), (73, 89, -1), (-15,), (73, '\U0001f600'), ('b', 'say "hi"'), ((56, -8), '6w4'), (), (3,), ((39, -9), 'ng9'), (-20,)], [4060, 4061, 4062, 4063, 4064, 4065, 4066, 4067, 4068, 4069, 4070]))
print(list(d.items()))
d.setdefault(((56, -8), '6w4'), 4071)
d[(73,)] = 4072
d[(52, 'created_at')] = 4073
d.update([((98, 'file'), 4074), (((51, 30), 'rs0h83z'), 4075), (((-891, -9), 'Y8Y22'), 4076), (('type', 'created_at'), 4077)])
d[('lib', 'content')] = 4078
d[((2147483647, 1073741823), '0m')] = 4079
d[(52, 'created_at')] = 4080
d.setdefault(('timeout', 'truncated'), 4081)
d[(52, 'created_at')] = 4082
d.pop(('commit', 'version'), None)
d[(-65536, -8, 79)] = 4083
d[(73,)] = 4084
d[(-1180591620717411303429, 48, 1029)] = 4085
d[(949, 82, 95)] = 4086
d[((-13, 53), '8f4g0AoYAe')] = 4087
d.update([((80,), 4088), ((), 4089)])
d[('b', 'say "hi"')] = 4090
d[('b', 'say "hi"')] = 4091
d.update([((74,), 4092)])
d[((41, 92), 'commit')] = 4093
print(list(d.items()))
if ((39, -9), 'ng9') in d: del d[((39, -9), 'ng9')]
d[('timeout', 'na\xefve')] = 4094
d[(97,)] = 4095
d.update({(): 4096, ('7hmsyeZX', 'muaXs'): 4097, (86,): 4098, ('np_Bwg6r', 'name'): 4099})
d.update([((52, 24, 94), 4100), ((-7, 'v'), 4101)])
print(d.popitem() if d else None)
d.pop((), None)
d.update([(('id', 'nYx43sBmi'), 4102), (((99, 56), 'ota'), 4103), ((3, 'qXfz9sgZ'), 4104), ((65, -11, 10), 4105), (('files', 'sha'), 4106)])
d.pop(((-891, -9), 'Y8Y22'), None)
d[((-956, -14), 'label')] = 4107
d[(60,)] = 4108
d[()] = 4109
d[(4294967303, 56, -1099511627773)] = 4110
d[((-528, 2147483647), 'commit')] = 4111
d[(5,)] = 4112
print(d.popitem() if d else None)
d[('file', 'oj_t')] = 4113
d[('prerelease', 'created_at')] = 4114
print(list(d.items()))
d[((60, 24), 'kX_kfu')] = 4115
d[('browser_download_url', 'pCgzbwxy')] = 4116
print(list(d.items()))
print(list(d.items()))
print('# dict_float_7')
d = dict.fromkeys([31.5, 53.0, 69.75, 44.0, 70.5, 58.75, 71.5, 2.75, 52.75], 0)
print(list(d.items()))
d[45.75] = 4126
d[26.75] = 4127
d.setdefault(-14.5, 4128)
d |= {3000000000.0: 4129}
d |= {}
d[50.5] = 4130
d[62.5] = 4131
print(list(d.items()))
print(list(d.items()))
d[22.0] = 4132
d[3000000000.0] = 4133
print(list(d.items()))
d[30.75] = 4134
d = d.copy()
d[53.0] = 4135
d[67.25] = 4136
d[30.75] = 4137
d[26.75] = 4138
d.update([(-16.25, 4139), (39.25, 4140), (50.25, 4141), (-13.0, 4142), (78.25, 4143)])
d[22.0] = 4144
print(d.popitem() if d else None)
d[31.25] = 4145
print(list(d.items()))
d[16.75] = 4146
d[69.75] = 4147
d[8.75] = 4148
d[3000000000.0] = 4149
d.pop(31.5, None)
if 31.5 in d: del d[31.5]
d[60.5] = 4150
d[8.0] = 4151
print(list(d.items()))
print('# dict_tuple_8')
d = dict(zip([], []))
print(list(d.items()))
d[('sha1', 'sgYq5nt1')] = 4152
print(d.popitem() if d else None)
d[(217,)] = 4153
print(list(d.items()))
d.update([((17, 'Z6y'), 4154), (((-3, -13), 'yA00w'), 4155), ((59,), 4156), (('', 'caf\xe9'), 4157)])
d[((-3, -13), 'yA00w')] = 4158
print(list(d.items()))
d[((18446744073709551617, 30), 'm2')] = 4159
if () in d: del d[()]
d[((66, -7), '9n4zlpw1_')] = 4160
print(list(d.items()))
d[(2885,)] = 4161
print(list(d.items()))
d[((65536, 2370), 'ra87bCyz0jh')] = 4162
print(list(d.items()))
d.pop((17, 'Z6y'), None)
d[('html_url', 'node_id')] = 4163
d.pop(((-3, -13), 'yA00w'), None)
d[(17, 'Z6y')] = 4164
d[((79, 46), 'host')] = 4165
if ((18446744073709551617, 30), 'm2') in d: del d[((18446744073709551617, 30), 'm2')]
d[('583dCZ3w9no', 'firmware')] = 4166
if ((18446744073709551617, 30), 'm2') in d: del d[((18446744073709551617, 30), 'm2')]
d[(50, '2ab3jg924')] = 4167
d.update({(): 4168})
d[('r', 'u8lm')] = 4169
d[('state', 'a')] = 4170
if ('sha1', 'sgYq5nt1') in d: del d[('sha1', 'sgYq5nt1')]
d[((-5, 69), 'firmware')] = 4171
print([k in d for k in [((-5, 69), 'firmware'), ((18446744073709551617, 30), 'm2'), (-10, -14, -722), ((-1, 1893), 'files')]])
d[(90,)] = 4172
d = d.copy()
print(list(d.items()))
d[('r', 'u8lm')] = 4173
print(list(d.items()))
print('# dict_float_8')
d = {13.25: 4174, 2.5: 4175, -16.75: 4176}
print(list(d.items()))
d[9.25] = 4177
print(list(d.items()))
print(list(d.items()))
d.setdefault(41.25, 4178)
d[39.0] = 4179
d[76.25] = 4180
d[3.75] = 4181
print(list(d.items()))
print([k in d for k in [3.75, 69.0, 9.25, -16.75, 3.75]])
d[13.25] = 4182
d[32.5] = 4183
d[-13.0] = 4184
d[70.0] = 4185
d[55.75] = 4186
print(d.popitem() if d else None)
d = d | {55.25: 4187}
d[47.25] = 4188
d[1073741824.5] = 4189
d[69.0] = 4190
d[36.75] = 4191
d[5.75] = 4192
d[12.25] = 4193
d[23.25] = 4194
d[9.25] = 4195
print(list(d.items()))
print('# dict_tuple_9')
d = {((77, 19), 'latest'): 4196, ('host', 'draft'): 4197, (7,): 4198, (2, 'content'): 4199, (77, 37, 23): 4200, (): 4201, ('jzj23jt', 'zafmm4pq'): 4202, (3760, -16, -1): 4203, ('x6', 'jq'): 4204}
print(list(d.items()))
d.setdefault((-1, 'ecew7cbn'), 4205)
d[(83, 19, 87)] = 4206
print(list(d.items()))
d[(-917,)] = 4207
print(d.popitem() if d else None)
if (3760, -16, -1) in d: del d[(3760, -16, -1)]
print(list(d.items()))
d[(77, 37, 23)] = 4208
if (83, 19, 87) in d: del d[(83, 19, 87)]
d[(98,)] = 4209
d[(-16,)] = 4210
d[(-16,)] = 4211
d[()] = 4212
print(list(d.items()))
d.update({((2147483648, 25), 'tree'): 4213, (): 4214, (16, 'tab\there'): 4215, ((-1, 0), 'files'): 4216})
print(d.popitem() if d else None)
d.update([((56,), 4217), (('port', 'tree'), 4218), (((30, 83), '2x5'), 4219)])
print(d.popitem() if d else None)
d[(3760, -16, -1)] = 4220
print(d.popitem() if d else None)
if ('jzj23jt', 'zafmm4pq') in d: del d[('jzj23jt', 'zafmm4pq')]
d[(94, 'hel71jy')] = 4221
d.setdefault((2144, 'kYeira'), 4222)
if (94, 'hel71jy') in d: del d[(94, 'hel71jy')]
print(list(d.items()))
d.setdefault((83, 19, 87), 4223)
d[(30, 'sha256')] = 4224
d[((6, -7), 'draft')] = 4225
print([k in d for k in [(1269, 1073741823, 32), (83, 1404, 39), (98,), (), (83, 19, 87)]])
d.update([((2147483647,), 4226)])
print(list(d.items()))
d.update({('draft', 'port'): 4227, (-11, -225, 2235): 4228, (25, 'A9l'): 4229})
print(list(d.items()))
d[(-13, 76, -570)] = 4230
print(list(d.items()))
d.update({(74, 'k'): 4231, (): 4232})
d = d.copy()
d[()] = 4233
d[()] = 4234
d |= {}
print(list(d.items()))
print('# dict_float_9')
d = dict.fromkeys(iter([79.0, 71.5, 37.0, 12.75, 4.25, 30.75]), 0)
print(list(d.items()))
if 30.75 in d: del d[30.75]
if 40.75 in d: del d[40.75]
d[26.0] = 4241
d[-15.0] = 4242
print(list(d.items()))
print([k in d for k in [74.5, 71.5, 48.25, 30.75]])
d[34.25] = 4243
d = d | {44.25: 4244, 4.0: 4245}
d[13.75] = 4246
print(list(d.items()))
if -15.0 in d: del d[-15.0]
d |= {4.25: 4247, 35.75: 4248, -0.5: 4249}
d |= {1073741824.5: 4250, 68.75: 4251}
d[-17.5] = 4252
d[10.5] = 4253
d[35.75] = 4254
d[43.0] = 4255
if 4.25 in d: del d[4.25]
if 56.0 in d: del d[56.0]
print(list(d.items()))
print(list(d.items()))
print(d.popitem() if d else None)
print([k in d for k in [79.0, 10.5, 10.5, 21.25, 71.5, 66.75]])
d[1073741824.5] = 4256
d.setdefault(3000000000.0, 4257)
d.setdefault(13.75, 4258)
d[7.25] = 4259
d = d.copy()
d[27.5] = 4260
d = d.copy()
d[15.0] = 4261
d.setdefault(4.25, 4262)
d[0.75] = 4263
d.clear()
d[39.0] = 4264
d = d.copy()
d[74.75] = 4265
d[33.0] = 4266
d[23.5] = 4267
d.setdefault(26.0, 4268)
d.pop(27.5, None)
d.pop(19.0, None)
print(list(d.items()))
print([k in d for k in [-4.75, -15.5, -17.5, 3000000000.0]])
if 71.5 in d: del d[71.5]
d = d.copy()
d[43.5] = 4269
d.pop(34.25, None)
d.update([(77.75, 4270), (54.25, 4271), (22.75, 4272), (-3.0, 4273), (16.0, 4274)])
d = d.copy()
if -3.0 in d: del d[-3.0]
print(list(d.items()))
