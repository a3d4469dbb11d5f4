import { describe, expect, it } from 'vitest';
import { useEmulator } from '../shared/emulator-kit.js';
import { startK2Emulator } from '../../src/k2/k2-emulator.js';
import { AWKWARD_VALUES, asText } from '../shared/round-trip-values.js';
import {
  PROCESS_NS,
  UPDATE_PROCESS_INSTANCE_PATH,
  UPDATE_TASK_PATH,
  USERS,
  XSI_XSD,
  get,
  post,
  updateInstanceXml,
  updateTaskXml,
} from './k2-test-kit.js';

const emulator = useEmulator(() => startK2Emulator({ users: USERS }));

describe('values round-trip exactly', () => {
  for (const { name, wire, value } of AWKWARD_VALUES) {
    it(`stores and returns a data field with ${name}`, async () => {
      await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, updateInstanceXml('ID="9"', `<p:DataField Name="Reason">${wire}</p:DataField>`));
      const read = await get(emulator, '/REST.svc/Process/Instances(9)?piDataField=true');

      expect(emulator.state.instances.get(9)?.dataFields.get('Reason')).toEqual(value);
      expect(read.body).toContain(`<DataField Name="Reason" xmlns="${PROCESS_NS}">${asText(value)}</DataField>`);
    });
  }

  it('returns an XML field holding every kind of awkward value, escaped once', async () => {
    const xml = `<Note by="Zoë &amp; co">1 &lt; 2 ]]&gt; 🚀\r\n</Note>`;
    const wire = asText(xml);

    await post(emulator, UPDATE_TASK_PATH, updateTaskXml('9_30', 's:0', `<p:ProcessXmlField Name="Approvals">${wire}</p:ProcessXmlField>`));
    const read = await post(emulator, `${UPDATE_PROCESS_INSTANCE_PATH}?piXmlField=true`, updateInstanceXml('ID="9"'));

    expect(emulator.state.instances.get(9)?.xmlFields.get('Approvals')).toEqual(xml);
    expect(read.body).toEqual(
      `<DataFieldCollection xmlns="${PROCESS_NS}" ${XSI_XSD}><XmlField Name="Approvals">${wire}</XmlField></DataFieldCollection>`,
    );
  });

  it('returns a folio with quotes, tabs and line breaks as attribute references', async () => {
    const folio = `Order "7" & <co>\t'x'\r\nend`;
    const wire = `Order &quot;7&quot; &amp; &lt;co&gt;&#9;'x'&#13;&#10;end`;

    await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, updateInstanceXml(`ID="8" Folio="${wire}"`));
    const read = await get(emulator, '/REST.svc/Process/Instances(8)');

    expect(emulator.state.instances.get(8)?.folio).toEqual(folio);
    expect(read.body).toContain(` Folio="Order &quot;7&quot; &amp; &lt;co&gt;&#x9;'x'&#xD;&#xA;end" `);
  });

  it('turns a literal line break inside an attribute into a space, as XML requires', async () => {
    await post(emulator, UPDATE_PROCESS_INSTANCE_PATH, updateInstanceXml('ID="8" Folio="two\nlines"'));

    expect(emulator.state.instances.get(8)?.folio).toEqual('two lines');
  });
});
