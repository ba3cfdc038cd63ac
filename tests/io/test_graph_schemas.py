"""GraphML and GEXF: typed declarations, schema-valid output, other tools' files.

The schemas are in ``tests/data/xsd`` (see its README for where they come from).
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
import networkx as nx
import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from test_attributes_roundtrip import own_maps

import stakeholder_map as skm
from stakeholder_map.exceptions import InputDataError

XSD = Path(__file__).parents[1] / "data" / "xsd"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF13 = "http://gexf.net/1.3"
GEXF12 = "http://www.gexf.net/1.2draft"


@cache
def _schema(name: str) -> xmlschema.XMLSchema10:
    files = {
        "graphml": XSD / "graphml-1.0" / "graphml.xsd",
        "gexf12": XSD / "gexf-1.2draft" / "gexf.xsd",
    }
    return xmlschema.XMLSchema10(str(files[name]))


def _errors(name: str, text: str) -> list[str]:
    return [str(e.reason) for e in _schema(name).iter_errors(text)]


def _as_12draft(text: str) -> str:
    """Map a 1.3 document onto 1.2draft, for the 1.2draft schema.

    No registry ships the GEXF 1.3 schema (see tests/data/xsd/README.md); the
    1.3 elements we write are those of 1.2draft plus the edge ``kind``.
    """
    text = text.replace(GEXF13, GEXF12).replace('version="1.3"', 'version="1.2"')
    return re.sub(r' kind="[^"]*"', "", text)


def _write(smap: skm.StakeholderMap, suffix: str, **kwargs: Any) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"kaart{suffix}"
        if suffix == ".graphml":
            skm.io.write_graphml(smap, path)
        else:
            skm.io.write_gexf(smap, path, **kwargs)
        assert skm.read(path) == smap
        return path.read_text(encoding="utf-8")


def _own_map() -> skm.StakeholderMap:
    """Own attributes of every type, one mixed column, parallel relations."""
    return skm.StakeholderMap(
        name="Eigen",
        stakeholders=[
            skm.Stakeholder(
                id="ocmw",
                name="OCMW",
                power=4,
                attributes={
                    "Eigen regio": "Gent",
                    "Budget": 1200,
                    "Ratio": 0.5,
                    "Actief": True,
                    "Sinds": dt.date(2021, 5, 1),
                    "Thema's": ("armoede", "0-3 jaar"),
                    "Gemengd": 3,
                },
            ),
            skm.Stakeholder(
                id="kind & gezin",  # no XML name token
                name="Kind & Gezin",
                attributes={"Gemengd": "drie", "Budget": 2**40, "Ratio": 2},
            ),
        ],
        relations=[
            skm.Relation(source="ocmw", target="kind & gezin", kind="information"),
            skm.Relation(
                source="ocmw",
                target="kind & gezin",
                kind="information",
                id="tweede",
                weight=2.5,
                attributes={"Sinds": dt.date(2020, 1, 1), "Aantal": 3},
            ),
            skm.Relation(
                source="kind & gezin",
                target="ocmw",
                kind="collaboration",
                directed=False,
                attributes={"Aantal": "veel"},
            ),
        ],
    )


# ---------------------------------------------------------------- schema validity


def test_graphml_of_the_example_is_valid(example_map: skm.StakeholderMap) -> None:
    assert _errors("graphml", _write(example_map, ".graphml")) == []


@pytest.mark.parametrize("version", ["1.2draft", "1.3"])
def test_gexf_of_the_example_is_valid(
    example_map: skm.StakeholderMap, version: str
) -> None:
    text = _write(example_map, ".gexf", version=version)
    assert f'version="{version.removesuffix("draft")}"' in text
    if version == "1.3":
        assert f'xmlns="{GEXF13}"' in text
        text = _as_12draft(text)
    assert _errors("gexf12", text) == []


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_own_attributes_parallel_relations_valid_and_lossless(suffix: str) -> None:
    text = _write(_own_map(), suffix)
    if suffix == ".graphml":
        assert _errors("graphml", text) == []
    else:
        assert _errors("gexf12", _as_12draft(text)) == []


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(smap=own_maps())
def test_random_own_attributes_valid_and_lossless(smap: skm.StakeholderMap) -> None:
    assert _errors("graphml", _write(smap, ".graphml")) == []
    assert _errors("gexf12", _write(smap, ".gexf", version="1.2draft")) == []
    assert _errors("gexf12", _as_12draft(_write(smap, ".gexf"))) == []


# ---------------------------------------------------------------- declarations


def _graphml_keys(text: str) -> dict[tuple[str, str], str]:
    root = SafeET.fromstring(text.encode("utf-8"))
    return {
        (k.get("for"), k.get("attr.name")): k.get("attr.type")
        for k in root.iter(f"{GRAPHML}key")
    }


def test_graphml_declares_each_attribute_once_with_its_type() -> None:
    keys = _graphml_keys(_write(_own_map(), ".graphml"))
    assert keys[("node", "label")] == "string"
    assert keys[("node", "power")] == "double"
    assert keys[("node", "Eigen_regio")] == "string"  # attr.name is a name token
    assert keys[("node", "Budget")] == "long"  # 2**40 does not fit an int
    assert keys[("node", "Ratio")] == "double"
    assert keys[("node", "Actief")] == "boolean"
    assert keys[("node", "Sinds")] == "string"  # ISO dates
    assert keys[("node", "Thema_s")] == "string"  # a list as JSON text
    assert keys[("node", "Gemengd")] == "string"  # 3 here, "drie" there
    assert keys[("edge", "weight")] == "double"
    assert keys[("edge", "directed")] == "boolean"
    assert keys[("edge", "sign")] == "int"
    assert keys[("edge", "Aantal")] == "string"
    names = [name for (domain, name) in keys if domain == "node"]
    assert len(names) == len(set(names))


def test_networkx_reads_our_graphml_typed(tmp_path: Path) -> None:
    path = skm.io.write_graphml(_own_map(), tmp_path / "a.graphml")
    G = nx.read_graphml(path)
    assert G.nodes["ocmw"]["Budget"] == 1200
    assert G.nodes["ocmw"]["Actief"] is True
    assert G.nodes["ocmw"]["label"] == "OCMW"
    assert G.number_of_edges() == 3


def test_networkx_itself_splits_a_mixed_column_into_keys() -> None:
    # Why we type columns ourselves: networkx declares one key per Python type,
    # so yEd and Gephi see three columns named "x".
    G = nx.DiGraph()
    G.add_nodes_from([("a", {"x": 1}), ("b", {"x": "abc"}), ("c", {"x": 2.5})])
    text = "\n".join(nx.generate_graphml(G))
    assert text.count('attr.name="x"') == 3


def test_gexf_declares_typed_attributes_and_native_edge_data() -> None:
    text = _write(_own_map(), ".gexf")
    root = SafeET.fromstring(text.encode("utf-8"))
    ns = f"{{{GEXF13}}}"
    declared = {
        (block.get("class"), a.get("title")): a.get("type")
        for block in root.iter(f"{ns}attributes")
        for a in block.iter(f"{ns}attribute")
    }
    assert declared[("node", "power")] == "double"
    assert declared[("node", "Eigen regio")] == "string"
    assert declared[("node", "Budget")] == "long"
    assert declared[("node", "Actief")] == "boolean"
    assert declared[("edge", "sign")] == "integer"
    assert ("node", "name") not in declared  # the label is the name
    nodes = {n.get("id"): n.get("label") for n in root.iter(f"{ns}node")}
    assert nodes == {"ocmw": "OCMW", "kind & gezin": "Kind & Gezin"}
    edges = list(root.iter(f"{ns}edge"))
    assert [e.get("kind") for e in edges] == ["information"] * 2 + ["collaboration"]
    assert edges[1].get("weight") == "2.5"
    assert edges[0].get("weight") is None


def test_gexf_version_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="`version` must be one of"):
        skm.io.write_gexf(_own_map(), tmp_path / "a.gexf", version="1.1")


# ---------------------------------------------------------------- other tools


GEPHI_GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="{ns}" xmlns:viz="{ns}/viz" version="{version}">
  <meta lastmodifieddate="2024-03-01">
    <creator>Gephi 0.10.1</creator>
    <description></description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node" mode="static">
      <attribute id="category" title="Category" type="string"/>
      <attribute id="power" title="power" type="double"/>
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
      <attribute id="actief" title="Actief" type="boolean">
        <default>true</default>
      </attribute>
      <attribute id="themas" title="Themas" type="liststring"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="since" title="Since" type="string"/>
    </attributes>
    <nodes>
      <node id="0" label="OCMW Gent">
        <attvalues>
          <attvalue for="category" value="overheid"/>
          <attvalue for="power" value="4.5"/>
          <attvalue for="modularity_class" value="1"/>
          <attvalue for="themas" value="{items}"/>
        </attvalues>
        <viz:size value="12.5"/>
        <viz:position x="-120.3" y="40.1" z="0.0"/>
        <viz:color {colour}/>
      </node>
      <node id="1" label="CLB">
        <attvalues>
          <attvalue for="modularity_class" value="0"/>
          <attvalue for="actief" value="false"/>
        </attvalues>
        <viz:color {colour}/>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" label="verwijst" weight="2.0">
        <attvalues><attvalue for="since" value="2021-05-01"/></attvalues>
        <viz:color {colour}/>
        <viz:thickness value="2.0"/>
      </edge>
      <edge id="1" source="1" target="0" type="undirected"/>
    </edges>
  </graph>
</gexf>
"""


@pytest.mark.parametrize(
    ("ns", "version", "items", "colour"),
    [
        (GEXF12, "1.2", "armoede|0-3 jaar", 'r="200" g="10" b="10"'),
        (GEXF13, "1.3", "[armoede, 0-3 jaar]", 'hex="#c80a0a"'),
    ],
)
def test_gexf_written_by_gephi(
    tmp_path: Path, ns: str, version: str, items: str, colour: str
) -> None:
    path = tmp_path / "gephi.gexf"
    text = GEPHI_GEXF.format(ns=ns, version=version, items=items, colour=colour)
    path.write_text(text, encoding="utf-8")
    smap = skm.io.read_gexf(path)
    ocmw, clb = smap.stakeholders
    assert (ocmw.id, ocmw.name, ocmw.category, ocmw.power) == (
        "0",
        "OCMW Gent",
        "overheid",
        4.5,
    )
    assert ocmw.attributes == {
        "Modularity Class": 1,
        "Actief": True,
        "Themas": ("armoede", "0-3 jaar"),
    }
    assert clb.attributes == {"Modularity Class": 0, "Actief": False}
    first, second = smap.relations
    assert (first.weight, first.directed) == (2.0, True)
    assert (first.kind, first.attributes) == (
        "verwijst",
        {"Since": dt.date(2021, 5, 1)},
    )
    assert second.directed is False


YED_GRAPHML = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
  xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java"
  xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0"
  xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:y="http://www.yworks.com/xml/graphml"
  xmlns:yed="http://www.yworks.com/xml/yed/3"
  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns
  http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key attr.name="url" attr.type="string" for="node" id="d3"/>
  <key attr.name="description" attr.type="string" for="node" id="d4"/>
  <key for="node" id="d5" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d6" yfiles.type="resources"/>
  <key attr.name="Budget" attr.type="int" for="node" id="d7">
    <default>0</default>
  </key>
  <key attr.name="url" attr.type="string" for="edge" id="d8"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0"/>
    <node id="n0">
      <data key="d4"><![CDATA[Lokaal bestuur]]></data>
      <data key="d7">1200</data>
      <data key="d5">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="30.0" x="10.0" y="20.0"/>
          <y:Fill color="#FFCC00" transparent="false"/>
          <y:BorderStyle color="#000000" type="line" width="1.0"/>
          <y:NodeLabel alignment="center" autoSizePolicy="content"
            fontFamily="Dialog" fontSize="12" modelName="custom"
            textColor="#000000" visible="true">OCMW Gent<y:LabelModel>
              <y:SmartNodeLabelModel distance="4.0"/></y:LabelModel>
          </y:NodeLabel>
          <y:Shape type="rectangle"/>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1">
      <data key="d5">
        <y:ShapeNode><y:NodeLabel>Kinderopvang</y:NodeLabel></y:ShapeNode>
      </data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d8">https://example.org</data>
      <data key="d10">
        <y:PolyLineEdge>
          <y:LineStyle color="#000000" type="line" width="1.0"/>
          <y:Arrows source="none" target="standard"/>
        </y:PolyLineEdge>
      </data>
    </edge>
  </graph>
  <data key="d6"><y:Resources/></data>
</graphml>
"""


def test_graphml_written_by_yed(tmp_path: Path) -> None:
    path = tmp_path / "yed.graphml"
    path.write_text(YED_GRAPHML, encoding="utf-8")
    smap = skm.io.read_graphml(path)
    assert [(s.id, s.name) for s in smap] == [
        ("n0", "OCMW Gent"),
        ("n1", "Kinderopvang"),
    ]
    ocmw, opvang = smap.stakeholders
    assert ocmw.description == "Lokaal bestuur"
    assert ocmw.attributes == {"Budget": 1200}
    assert opvang.attributes == {"Budget": 0}  # the key's default
    assert smap.relations[0].attributes == {"url": "https://example.org"}


def test_a_value_that_breaks_its_declared_type(tmp_path: Path) -> None:
    path = tmp_path / "bad.graphml"
    path.write_text(
        YED_GRAPHML.replace('<data key="d7">1200</data>', '<data key="d7">veel</data>'),
        encoding="utf-8",
    )
    with pytest.raises(InputDataError, match="int expected, but 'veel'"):
        skm.io.read_graphml(path)
