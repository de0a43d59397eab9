import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/app.css';
import { createPage } from './ui/page.svelte';

mount(App, { target: document.getElementById('app')!, props: createPage() });
