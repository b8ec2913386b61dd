#!/usr/bin/python3
"""Compares two train-models.sh outputs: model.json bytes, predictions.csv bytes, summary values
(timings and the input section left out) and summary key order.

    compare.py OUT_A OUT_B
"""
import json,sys,os,filecmp
a,b=sys.argv[1],sys.argv[2]
bad=0
for name in sorted(os.listdir(a)):
    if not os.path.isdir(os.path.join(a,name)): continue
    pa,pb=os.path.join(a,name),os.path.join(b,name)
    if not os.path.isdir(pb): print(name,'MISSING'); bad+=1; continue
    ma,mb=json.load(open(pa+'/model.json')),json.load(open(pb+'/model.json'))
    same_model = open(pa+'/model.json').read()==open(pb+'/model.json').read()
    same_pred = filecmp.cmp(pa+'/predictions.csv',pb+'/predictions.csv',shallow=False)
    sa,sb=json.load(open(pa+'/summary.json')),json.load(open(pb+'/summary.json'))
    drop=lambda s:{k:v for k,v in s.items() if 'seconds' not in k and k!='input'}
    da,db=drop(sa),drop(sb)
    same_sum = da==db
    order = [k for k in sa if k in da]==[k for k in sb if k in db]
    ok = same_model and same_pred and same_sum
    bad += not ok
    print(f"{name:20s} model-bytes={'same' if same_model else 'DIFF'} predictions={'same' if same_pred else 'DIFF'} summary-values={'same' if same_sum else 'DIFF'} key-order={'same' if order else 'changed'}")
    if not same_sum:
        for k in set(da)|set(db):
            if da.get(k)!=db.get(k): print('   ',k,da.get(k),'|',db.get(k))
print('DIFFERENT:',bad)
