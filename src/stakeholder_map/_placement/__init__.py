"""The one label placement engine, shared by the figures and the slide deck.

It works in abstract display units with y growing upwards (pixels for a figure,
points for a slide): marker circles, anchors, obstacle boxes, lines, areas and a
text-measuring function passed in. It imports numpy only, never matplotlib or
python-pptx; :mod:`stakeholder_map.plotting.labels` and
:mod:`stakeholder_map.export.pptx` are its adapters.
"""
