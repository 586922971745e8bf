# cmdline: ../../bench/py/om_raytrace.py --golden
# The program is bench/py/om_raytrace.py (also a benchmark workload); see its header.
