import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';

describe('styleProps(props)', () => {
  const draw = (host: HTMLElement, props: StyleProps) =>
    render(html`<div ${styleProps(props)}></div>`, host);

  // Whether a strict Content Security Policy lets these through is test/csp.test.ts's job.
  it('sets properties and custom properties, on the first render too', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    draw(host, { left: '12px', '--_cat': 'rgb(1, 2, 3)' });
    const div = host.firstElementChild as HTMLElement;
    expect(div.style.left).to.equal('12px');
    expect(div.style.getPropertyValue('--_cat')).to.equal('rgb(1, 2, 3)');
    // The first render of a fresh element goes through setProperty too.
    render(html`<p ${styleProps({ top: '3px' })}></p>`, host);
    expect((host.querySelector('p') as HTMLElement).style.top).to.equal('3px');
  });

  it('removes what a later render leaves out or sets to null', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    draw(host, { left: '1px', top: '2px', width: '3px' });
    draw(host, { left: '4px', top: null });
    const div = host.firstElementChild as HTMLElement;
    expect([div.style.left, div.style.top, div.style.width]).to.deep.equal(['4px', '', '']);
  });

  it('refuses attribute position', () => {
    const host = document.createElement('div');
    expect(() =>
      render(html`<div style=${styleProps({ left: '1px' }) as unknown as string}></div>`, host),
    ).to.throw(/element position/);
  });
});
